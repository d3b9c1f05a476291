package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.PolicyDescriptorType;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * What every version of configure-aws-credentials does alike: the session tags and role ARN it
 * builds, the three ways it assumes a role, how it checks that credentials can be loaded, and how
 * it exports credentials and the account id ({@code src/assumeRole.ts}, {@code src/helpers.ts},
 * {@code src/CredentialsClient.ts}; v1's {@code index.js}).
 */
final class CredentialSupport {
  private static final int MAX_TAG_VALUE_LENGTH = 256;
  private static final DateTimeFormatter JS_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private CredentialSupport() {}

  /**
   * The session tags (GitHub, Repository, Workflow, Action, Actor, Commit, Branch), or the action's
   * error when the runner's variables are missing. {@code legacy}: v1 and v2's text and sanitising.
   */
  static Map<String, String> sessionTags(ActionContext context, boolean legacy) {
    List<String> required =
        new ArrayList<>(
            List.of(
                "GITHUB_REPOSITORY",
                "GITHUB_WORKFLOW",
                "GITHUB_ACTION",
                "GITHUB_ACTOR",
                "GITHUB_SHA"));
    if (!legacy) {
      required.add("GITHUB_WORKSPACE");
    }
    if (required.stream().anyMatch(name -> context.env(name).isEmpty())) {
      throw new ActionFailedException(
          legacy
              ? "Missing required environment value. Are you running in GitHub Actions?"
              : "Missing required environment variables. Are you running in GitHub Actions?");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("GitHub", "Actions");
    tags.put("Repository", context.env("GITHUB_REPOSITORY"));
    tags.put("Workflow", sanitize(context.env("GITHUB_WORKFLOW")));
    tags.put("Action", context.env("GITHUB_ACTION"));
    tags.put(
        "Actor",
        legacy
            ? context.env("GITHUB_ACTOR").replaceAll("[\\[\\]]", "_")
            : sanitize(context.env("GITHUB_ACTOR")));
    tags.put("Commit", context.env("GITHUB_SHA"));
    if (!context.env("GITHUB_REF").isEmpty()) {
      tags.put("Branch", legacy ? context.env("GITHUB_REF") : sanitize(context.env("GITHUB_REF")));
    }
    return tags;
  }

  /** Characters a session tag may not hold become {@code _}; at most 256 of them. */
  static String sanitize(String value) {
    String kept = value.replaceAll("[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]", "_");
    return kept.length() > MAX_TAG_VALUE_LENGTH ? kept.substring(0, MAX_TAG_VALUE_LENGTH) : kept;
  }

  /** A role name becomes an ARN in the source account (the {@code aws} partition only). */
  static String roleArn(String roleToAssume, Optional<String> sourceAccountId) {
    if (roleToAssume.startsWith("arn:aws")) {
      return roleToAssume;
    }
    return "arn:aws:iam::"
        + sourceAccountId.orElseThrow(
            () ->
                new ActionFailedException(
                    "Source Account ID is needed if the Role Name is provided and not the Role"
                        + " Arn."))
        + ":role/"
        + roleToAssume;
  }

  static AssumedRole withWebIdentity(
      ActionContext context, String region, RoleRequest role, String webIdentityToken) {
    AssumeRoleWithWebIdentityRequest.Builder request =
        AssumeRoleWithWebIdentityRequest.builder()
            .roleArn(role.roleArn())
            .roleSessionName(role.sessionName())
            .durationSeconds(role.durationSeconds())
            .webIdentityToken(webIdentityToken);
    role.policy().ifPresent(request::policy);
    if (!role.policyArns().isEmpty()) {
      request.policyArns(policyArns(role));
    }
    return AwsCalls.call(
        AwsCalls.sts(context.environment(), region, Optional.empty()),
        sts -> AssumedRole.of(sts.assumeRoleWithWebIdentity(request.build())));
  }

  static String readTokenFile(ActionContext context, String file) {
    Path path = context.workspace().resolve(file);
    if (!Files.exists(path)) {
      throw new ActionFailedException("Web identity token file does not exist: " + path);
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ActionFailedException(e.getMessage(), e);
    }
  }

  static AssumedRole withCredentials(ActionContext context, String region, RoleRequest role) {
    AssumeRoleRequest.Builder request =
        AssumeRoleRequest.builder()
            .roleArn(role.roleArn())
            .roleSessionName(role.sessionName())
            .durationSeconds(role.durationSeconds());
    role.tags()
        .ifPresent(
            tags ->
                request.tags(
                    tags.entrySet().stream()
                        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
                        .toList()));
    role.externalId().ifPresent(request::externalId);
    role.policy().ifPresent(request::policy);
    if (!role.policyArns().isEmpty()) {
      request.policyArns(policyArns(role));
    }
    AwsCredentials source = loadCredentials(context);
    return AwsCalls.call(
        AwsCalls.sts(context.environment(), region, Optional.of(source)),
        sts -> AssumedRole.of(sts.assumeRole(request.build())));
  }

  private static List<PolicyDescriptorType> policyArns(RoleRequest role) {
    return role.policyArns().stream()
        .map(arn -> PolicyDescriptorType.builder().arn(arn).build())
        .toList();
  }

  /** The credentials of the action's environment, as the SDK's default chain would load them. */
  static AwsCredentials loadCredentials(ActionContext context) {
    return AwsEnvironment.credentials(context.environment())
        .orElseThrow(() -> new ActionFailedException(AwsEnvironment.NO_CREDENTIALS));
  }

  /** {@code validateCredentials}: the credentials load, and are the ones the action configured. */
  static void validateCredentials(
      ActionContext context, Optional<String> expectedAccessKeyId, boolean roleChaining) {
    AwsCredentials credentials;
    try {
      credentials = loadCredentials(context);
    } catch (ActionFailedException e) {
      throw new ActionFailedException(
          "Credentials could not be loaded, please check your action inputs: " + e.getMessage());
    }
    if (!roleChaining
        && expectedAccessKeyId.isPresent()
        && !expectedAccessKeyId.get().equals(credentials.accessKeyId())) {
      throw new ActionFailedException(
          "Unexpected failure: Credentials loaded by the SDK do not match the access key ID"
              + " configured by the action");
    }
  }

  static GetCallerIdentityResponse callerIdentity(ActionContext context, String region) {
    AwsCredentials credentials = loadCredentials(context);
    return AwsCalls.call(
        AwsCalls.sts(context.environment(), region, Optional.of(credentials)),
        sts -> sts.getCallerIdentity());
  }

  /**
   * {@code exportCredentials}: each value masked, then exported (when {@code env}) and given as
   * outputs (when {@code outputs}); without a session token a previous one is cleared.
   */
  static void exportCredentials(
      ActionContext context, AssumedRole.Keys keys, boolean env, boolean outputs) {
    context.setSecret(keys.accessKeyId());
    context.setSecret(keys.secretAccessKey());
    keys.sessionToken().ifPresent(context::setSecret);
    if (env) {
      context.exportVariable("AWS_ACCESS_KEY_ID", keys.accessKeyId());
      context.exportVariable("AWS_SECRET_ACCESS_KEY", keys.secretAccessKey());
      if (keys.sessionToken().isPresent()) {
        context.exportVariable("AWS_SESSION_TOKEN", keys.sessionToken().get());
      } else if (!context.env("AWS_SESSION_TOKEN").isEmpty()) {
        context.exportVariable("AWS_SESSION_TOKEN", "");
      }
    }
    if (outputs) {
      context.setOutput("aws-access-key-id", keys.accessKeyId());
      context.setOutput("aws-secret-access-key", keys.secretAccessKey());
      keys.sessionToken().ifPresent(token -> context.setOutput("aws-session-token", token));
      // core.setOutput writes a Date as JSON.stringify does: an ISO string in double quotes.
      keys.expiration()
          .ifPresent(
              time -> context.setOutput("aws-expiration", "\"" + JS_DATE.format(time) + "\""));
    }
  }

  static void exportRegion(ActionContext context, String region) {
    context.exportVariable("AWS_DEFAULT_REGION", region);
    context.exportVariable("AWS_REGION", region);
  }

  static void clearCredentials(ActionContext context) {
    for (String name :
        new String[] {
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_DEFAULT_REGION",
          "AWS_REGION"
        }) {
      context.exportVariable(name, "");
    }
  }
}
