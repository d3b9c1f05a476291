package dev.rehearsal.aws.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.CallerContexts;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.state.DataDirectory;
import dev.rehearsal.aws.wire.AwsService;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.QueryService;
import dev.rehearsal.aws.wire.XmlBody;
import dev.rehearsal.aws.wire.XmlRenderer;
import dev.rehearsal.core.error.RehearsalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every IAM action's answer, byte for byte, against {@value #GOLDEN}: a scripted session of
 * successes and refusals (validation, missing entities, conflicts, quotas, identity policies) run
 * through the query binding, each answer rendered as the router renders it. Generated ids are
 * masked; the clock is fixed. Run with {@code -Diam.golden.record=true} to rewrite the file.
 */
class IamQueryGoldenTest {
  static final String GOLDEN = "src/test/java/dev/rehearsal/aws/iam/iam-query-golden.txt";
  static final String ACCOUNT = "000000000000";
  static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
          + "{\"AWS\":\"000000000000\"},\"Action\":\"sts:AssumeRole\"}]}";
  static final String IDENTITY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
          + "\"Resource\":\"*\"}]}";
  static final String DEV_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":["
          + "{\"Effect\":\"Allow\",\"Action\":[\"iam:Get*\",\"iam:List*\"],\"Resource\":\"*\"},"
          + "{\"Effect\":\"Deny\",\"Action\":\"iam:DeleteRole\",\"Resource\":\"*\"}]}";
  static final String THUMB = "a".repeat(40);
  static final String GITHUB = "https://token.actions.githubusercontent.com";
  static final String PROVIDER =
      "arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com";
  static final String POLICY = "arn:aws:iam::000000000000:policy/team/Push";

  @TempDir Path dir;

  private final StringBuilder out = new StringBuilder();
  private QueryService service;
  private Caller dev;

  static QueryService service(IamStore store, Clock clock, IdentityPolicyCheck policies) {
    return new IamQueryService(store, ACCOUNT, clock, policies);
  }

  @Test
  void everyAction_answersAsRecorded() throws IOException {
    IamStore store = new IamStore(new DataDirectory(dir));
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T22:40:00.123Z"), ZoneOffset.UTC);
    service =
        service(
            store,
            clock,
            new IdentityPolicyCheck(
                store::identityPolicies, CallerContexts.untagged("eu-west-1", clock)));
    dev =
        new Caller(
            "arn:aws:sts::000000000000:assumed-role/Dev/s",
            "AROADEV:s",
            ACCOUNT,
            Optional.of("arn:aws:iam::000000000000:role/Dev"),
            Optional.of(Instant.parse("2026-11-26T00:00:00Z")));

    providers();
    roles();
    rolePolicies();
    managedPolicies();
    identityPolicies();

    Path golden = Path.of(GOLDEN);
    String actual = out.toString();
    if (Boolean.getBoolean("iam.golden.record") || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    // The answers as given, for a diff against the golden file when they differ.
    Files.writeString(
        Path.of("target/iam-query-golden.actual.txt"), actual, StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private void providers() {
    root(
        "CreateOpenIDConnectProvider",
        "Url",
        GITHUB,
        "ClientIDList.member.1",
        "sts.amazonaws.com",
        "ClientIDList.member.2",
        "sts.amazonaws.com",
        "ThumbprintList.member.1",
        THUMB,
        "Tags.member.1.Key",
        "team",
        "Tags.member.1.Value",
        "platform");
    root("CreateOpenIDConnectProvider", "Url", GITHUB);
    root("CreateOpenIDConnectProvider", "Url", "http://insecure.example.com");
    root("CreateOpenIDConnectProvider", "Url", "https://");
    root(
        "CreateOpenIDConnectProvider",
        "ClientIDList.member.1",
        "",
        "ThumbprintList.member.1",
        "abc",
        "Tags.member.1.Key",
        "bad key!",
        "Tags.member.1.Value",
        "v");
    root("CreateOpenIDConnectProvider", "Url", "https://other.example.com/tenant");
    List<String> many = new ArrayList<>(List.of("Url", "https://many.example.com"));
    IntStream.rangeClosed(1, 6)
        .forEach(i -> many.addAll(List.of("ThumbprintList.member." + i, THUMB)));
    root("CreateOpenIDConnectProvider", many.toArray(String[]::new));
    root("GetOpenIDConnectProvider", "OpenIDConnectProviderArn", PROVIDER);
    root("GetOpenIDConnectProvider", "OpenIDConnectProviderArn", "arn:short");
    root("GetOpenIDConnectProvider");
    root("GetOpenIDConnectProvider", "OpenIDConnectProviderArn", PROVIDER + "/missing");
    root(
        "GetOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        "arn:aws:iam::000000000000:oidc-provider/other.example.com/tenant");
    root("ListOpenIDConnectProviders");
    root(
        "UpdateOpenIDConnectProviderThumbprint",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "ThumbprintList.member.1",
        "b".repeat(40),
        "ThumbprintList.member.2",
        "c".repeat(40));
    root(
        "UpdateOpenIDConnectProviderThumbprint",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "ThumbprintList.member.1",
        "short");
    List<String> six = new ArrayList<>(List.of("OpenIDConnectProviderArn", PROVIDER));
    IntStream.rangeClosed(1, 6)
        .forEach(i -> six.addAll(List.of("ThumbprintList.member." + i, THUMB)));
    root("UpdateOpenIDConnectProviderThumbprint", six.toArray(String[]::new));
    root(
        "UpdateOpenIDConnectProviderThumbprint",
        "OpenIDConnectProviderArn",
        PROVIDER + "/missing",
        "ThumbprintList.member.1",
        THUMB);
    root("AddClientIDToOpenIDConnectProvider", "OpenIDConnectProviderArn", PROVIDER);
    root(
        "AddClientIDToOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "ClientID",
        "my-audience");
    root(
        "AddClientIDToOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "ClientID",
        "sts.amazonaws.com");
    root(
        "RemoveClientIDFromOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "ClientID",
        "sts.amazonaws.com");
    root("RemoveClientIDFromOpenIDConnectProvider", "OpenIDConnectProviderArn", PROVIDER);
    root("GetOpenIDConnectProvider", "OpenIDConnectProviderArn", PROVIDER);
    root(
        "TagOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "Tags.member.1.Key",
        "team",
        "Tags.member.1.Value",
        "infra",
        "Tags.member.2.Key",
        "env",
        "Tags.member.2.Value",
        "");
    root(
        "TagOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "Tags.member.1.Value",
        "no key");
    List<String> tags = new ArrayList<>(List.of("OpenIDConnectProviderArn", PROVIDER));
    IntStream.rangeClosed(1, 49)
        .forEach(
            i ->
                tags.addAll(
                    List.of(
                        "Tags.member." + i + ".Key", "k" + i, "Tags.member." + i + ".Value", "v")));
    root("TagOpenIDConnectProvider", tags.toArray(String[]::new));
    root("ListOpenIDConnectProviderTags", "OpenIDConnectProviderArn", PROVIDER);
    root("ListOpenIDConnectProviderTags", "OpenIDConnectProviderArn", PROVIDER, "MaxItems", "1");
    root(
        "ListOpenIDConnectProviderTags",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "MaxItems",
        "1",
        "Marker",
        "cGFnZTox");
    root("ListOpenIDConnectProviderTags", "OpenIDConnectProviderArn", PROVIDER, "Marker", "bogus");
    root("ListOpenIDConnectProviderTags", "OpenIDConnectProviderArn", PROVIDER, "MaxItems", "0");
    root("ListOpenIDConnectProviderTags", "OpenIDConnectProviderArn", PROVIDER, "MaxItems", "x");
    root(
        "ListOpenIDConnectProviderTags",
        "OpenIDConnectProviderArn",
        PROVIDER + "/missing",
        "MaxItems",
        "x");
    root(
        "UntagOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        PROVIDER,
        "TagKeys.member.1",
        "env",
        "TagKeys.member.2",
        "nothing");
    root("ListOpenIDConnectProviderTags", "OpenIDConnectProviderArn", PROVIDER);
    root(
        "DeleteOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        "arn:aws:iam::000000000000:oidc-provider/other.example.com/tenant");
    root(
        "DeleteOpenIDConnectProvider",
        "OpenIDConnectProviderArn",
        "arn:aws:iam::000000000000:oidc-provider/other.example.com/tenant");
    root("DeleteOpenIDConnectProvider");
    root("ListOpenIDConnectProviders");
  }

  private void roles() {
    root(
        "CreateRole",
        "RoleName",
        "Deploy",
        "Path",
        "/ci/",
        "AssumeRolePolicyDocument",
        TRUST,
        "Description",
        "Deploys the app",
        "MaxSessionDuration",
        "7200",
        "Tags.member.1.Key",
        "team",
        "Tags.member.1.Value",
        "platform");
    root("CreateRole", "RoleName", "Plain", "AssumeRolePolicyDocument", TRUST);
    root("CreateRole", "RoleName", "Dev", "AssumeRolePolicyDocument", TRUST);
    root("CreateRole", "RoleName", "DEPLOY", "AssumeRolePolicyDocument", TRUST);
    root(
        "CreateRole",
        "RoleName",
        "bad name",
        "Path",
        "ci",
        "AssumeRolePolicyDocument",
        TRUST,
        "Description",
        "tab\u0001",
        "MaxSessionDuration",
        "100",
        "Tags.member.1.Key",
        "k");
    root(
        "CreateRole",
        "RoleName",
        "Num",
        "AssumeRolePolicyDocument",
        TRUST,
        "MaxSessionDuration",
        "x");
    root("CreateRole", "RoleName", "NoDoc");
    root("CreateRole");
    root("CreateRole", "RoleName", "Broken", "AssumeRolePolicyDocument", "{not json");
    root("CreateRole", "RoleName", "Identity", "AssumeRolePolicyDocument", IDENTITY);
    root("GetRole", "RoleName", "Deploy");
    root("GetRole", "RoleName", "plain");
    root("GetRole", "RoleName", "Nobody");
    root("GetRole");
    root("GetRole", "RoleName", "bad name");
    root("ListRoles");
    root("ListRoles", "PathPrefix", "/ci/");
    root("ListRoles", "PathPrefix", "");
    root("ListRoles", "MaxItems", "1");
    root("ListRoles", "MaxItems", "1", "Marker", "cGFnZTox");
    root("ListRoles", "MaxItems", "1001");
    root(
        "UpdateAssumeRolePolicy",
        "RoleName",
        "Plain",
        "PolicyDocument",
        TRUST.replace("2012", "2008"));
    root("UpdateAssumeRolePolicy", "RoleName", "Plain", "PolicyDocument", "[]");
    root("UpdateAssumeRolePolicy", "RoleName", "Nobody", "PolicyDocument", "[]");
    root("UpdateAssumeRolePolicy", "RoleName", "Plain");
    root("UpdateRole", "RoleName", "Plain", "Description", "Now described");
    root("UpdateRole", "RoleName", "Plain", "MaxSessionDuration", "43200");
    root("UpdateRole", "RoleName", "Plain", "MaxSessionDuration", "43201");
    root("UpdateRole", "RoleName", "Nobody", "Description", "x");
    root("UpdateRole", "RoleName", "Plain", "MaxSessionDuration", "x");
    root("GetRole", "RoleName", "Plain");
    root(
        "TagRole",
        "RoleName",
        "Plain",
        "Tags.member.1.Key",
        "a",
        "Tags.member.1.Value",
        "1",
        "Tags.member.2.Key",
        "b",
        "Tags.member.2.Value",
        "2");
    root("TagRole", "RoleName", "Plain", "Tags.member.1.Key", "a", "Tags.member.1.Value", "3");
    root("TagRole", "RoleName", "Nobody", "Tags.member.1.Key", "a", "Tags.member.1.Value", "3");
    root("TagRole", "RoleName", "Plain", "Tags.member.1.Key", "", "Tags.member.1.Value", "3");
    root("ListRoleTags", "RoleName", "Plain");
    root("ListRoleTags", "RoleName", "Plain", "MaxItems", "1");
    root("ListRoleTags", "RoleName", "Nobody");
    root("UntagRole", "RoleName", "Plain", "TagKeys.member.1", "b");
    root("UntagRole", "RoleName", "Nobody", "TagKeys.member.1", "b");
    root("ListRoleTags", "RoleName", "Plain");
  }

  private void rolePolicies() {
    root("PutRolePolicy", "RoleName", "Plain", "PolicyName", "S3", "PolicyDocument", IDENTITY);
    root("PutRolePolicy", "RoleName", "Dev", "PolicyName", "Dev", "PolicyDocument", DEV_POLICY);
    root("PutRolePolicy", "RoleName", "bad name", "PolicyName", "bad name");
    root("PutRolePolicy", "RoleName", "Nobody", "PolicyName", "S3", "PolicyDocument", IDENTITY);
    root("PutRolePolicy", "RoleName", "Plain", "PolicyName", "S3", "PolicyDocument", "{}");
    root("PutRolePolicy", "RoleName", "Plain", "PolicyName", "Trust", "PolicyDocument", TRUST);
    String big =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::"
            + "b".repeat(10200)
            + "\"}]}";
    root("PutRolePolicy", "RoleName", "Plain", "PolicyName", "Big", "PolicyDocument", big);
    root("GetRolePolicy", "RoleName", "Plain", "PolicyName", "S3");
    root("GetRolePolicy", "RoleName", "Plain", "PolicyName", "Nothing");
    root("GetRolePolicy", "RoleName", "Plain");
    root("GetRolePolicy", "RoleName", "Nobody", "PolicyName", "S3");
    root("PutRolePolicy", "RoleName", "Plain", "PolicyName", "S3b", "PolicyDocument", IDENTITY);
    root("ListRolePolicies", "RoleName", "Plain");
    root("ListRolePolicies", "RoleName", "Plain", "MaxItems", "1");
    root("ListRolePolicies", "RoleName", "Nobody");
    root("DeleteRolePolicy", "RoleName", "Plain", "PolicyName", "S3b");
    root("DeleteRolePolicy", "RoleName", "Plain", "PolicyName", "S3b");
    root("DeleteRolePolicy", "RoleName", "Plain");
    root("DeleteRole", "RoleName", "Plain");
  }

  private void managedPolicies() {
    root(
        "CreatePolicy",
        "PolicyName",
        "Push",
        "Path",
        "/team/",
        "PolicyDocument",
        IDENTITY,
        "Description",
        "Pushes",
        "Tags.member.1.Key",
        "team",
        "Tags.member.1.Value",
        "platform");
    root("CreatePolicy", "PolicyName", "Push", "PolicyDocument", IDENTITY);
    root("CreatePolicy", "PolicyName", "bad name", "Path", "nope", "PolicyDocument", "");
    root("CreatePolicy", "PolicyName", "Broken", "PolicyDocument", "{");
    root("CreatePolicy", "PolicyName", "Other", "PolicyDocument", IDENTITY);
    root("GetPolicy", "PolicyArn", POLICY);
    root("GetPolicy", "PolicyArn", "arn:aws:iam::000000000000:policy/Missing");
    root("GetPolicy", "PolicyArn", "short");
    root("ListPolicies");
    root("ListPolicies", "PathPrefix", "/team/");
    root("ListPolicies", "MaxItems", "1");
    root(
        "CreatePolicyVersion",
        "PolicyArn",
        POLICY,
        "PolicyDocument",
        IDENTITY,
        "SetAsDefault",
        "true");
    root("CreatePolicyVersion", "PolicyArn", POLICY, "PolicyDocument", IDENTITY);
    root("CreatePolicyVersion", "PolicyArn", POLICY, "PolicyDocument", "{");
    root("CreatePolicyVersion", "PolicyArn", POLICY);
    root("CreatePolicyVersion", "PolicyArn", POLICY + "x", "PolicyDocument", IDENTITY);
    root(
        "CreatePolicyVersion",
        "PolicyArn",
        POLICY,
        "PolicyDocument",
        IDENTITY,
        "SetAsDefault",
        "yes");
    root("CreatePolicyVersion", "PolicyArn", POLICY, "PolicyDocument", IDENTITY);
    root("CreatePolicyVersion", "PolicyArn", POLICY, "PolicyDocument", IDENTITY);
    root("GetPolicyVersion", "PolicyArn", POLICY, "VersionId", "v1");
    root("GetPolicyVersion", "PolicyArn", POLICY, "VersionId", "v2");
    root("GetPolicyVersion", "PolicyArn", POLICY, "VersionId", "v9");
    root("GetPolicyVersion", "PolicyArn", POLICY, "VersionId", "1");
    root("GetPolicyVersion", "PolicyArn", POLICY);
    root("ListPolicyVersions", "PolicyArn", POLICY);
    root("ListPolicyVersions", "PolicyArn", POLICY, "MaxItems", "2", "Marker", "cGFnZToy");
    root("DeletePolicyVersion", "PolicyArn", POLICY, "VersionId", "v2");
    root("DeletePolicyVersion", "PolicyArn", POLICY, "VersionId", "v3");
    root("DeletePolicyVersion", "PolicyArn", POLICY, "VersionId", "v3");
    root("DeletePolicy", "PolicyArn", POLICY);
    root("AttachRolePolicy", "RoleName", "Deploy", "PolicyArn", POLICY);
    root("AttachRolePolicy", "RoleName", "Deploy", "PolicyArn", POLICY);
    root("AttachRolePolicy", "RoleName", "Deploy", "PolicyArn", POLICY + "x");
    root("AttachRolePolicy", "RoleName", "Nobody", "PolicyArn", POLICY);
    root("AttachRolePolicy", "RoleName", "Deploy");
    for (int i = 1; i <= 10; i++) {
      root("CreatePolicy", "PolicyName", "P" + i, "PolicyDocument", IDENTITY);
      root(
          "AttachRolePolicy",
          "RoleName",
          "Deploy",
          "PolicyArn",
          "arn:aws:iam::000000000000:policy/P" + i);
    }
    root("ListAttachedRolePolicies", "RoleName", "Deploy", "MaxItems", "2");
    root("ListAttachedRolePolicies", "RoleName", "Deploy", "PathPrefix", "/team/");
    root("ListAttachedRolePolicies", "RoleName", "Nobody");
    root("ListPolicies", "OnlyAttached", "true", "MaxItems", "2");
    root("GetPolicy", "PolicyArn", POLICY);
    root("DeletePolicy", "PolicyArn", POLICY);
    root("DeleteRole", "RoleName", "Deploy");
    root("DetachRolePolicy", "RoleName", "Deploy", "PolicyArn", POLICY);
    root("DetachRolePolicy", "RoleName", "Deploy", "PolicyArn", POLICY);
    root("DetachRolePolicy", "RoleName", "Deploy");
    root("DetachRolePolicy", "RoleName", "Nobody", "PolicyArn", POLICY);
    root("DeletePolicy", "PolicyArn", POLICY);
    root("DeletePolicy", "PolicyArn", POLICY);
    root("ListPolicies", "OnlyAttached", "true");
  }

  private void identityPolicies() {
    as(dev, "GetRole", "RoleName", "Deploy");
    as(dev, "GetRole", "RoleName", "DEPLOY");
    as(dev, "ListRoles", "MaxItems", "1");
    as(dev, "CreateRole", "RoleName", "Sneaky", "AssumeRolePolicyDocument", TRUST);
    as(dev, "DeleteRole", "RoleName", "Deploy");
    as(dev, "DeleteRole", "RoleName", "bad name");
    as(dev, "UpdateRole", "RoleName", "Deploy", "MaxSessionDuration", "x");
    as(dev, "CreateOpenIDConnectProvider", "Url", "https://sneaky.example.com");
    as(dev, "DeleteOpenIDConnectProvider", "OpenIDConnectProviderArn", PROVIDER);
    as(dev, "GetOpenIDConnectProvider", "OpenIDConnectProviderArn", PROVIDER);
    as(dev, "CreatePolicy", "PolicyName", "Sneaky", "PolicyDocument", IDENTITY);
    as(dev, "DeletePolicy", "PolicyArn", "arn:aws:iam::000000000000:policy/P1");
    as(
        dev,
        "AttachRolePolicy",
        "RoleName",
        "Dev",
        "PolicyArn",
        "arn:aws:iam::000000000000:policy/P1");
    as(dev, "DetachRolePolicy", "PolicyArn", "arn:aws:iam::000000000000:policy/P1");
    as(dev, "PutRolePolicy", "RoleName", "Dev", "PolicyName", "More", "PolicyDocument", IDENTITY);
    as(dev, "GetRolePolicy", "RoleName", "Dev", "PolicyName", "Dev");
    as(dev, "ListRoleTags", "RoleName", "Deploy");
    as(dev, "TagRole", "RoleName", "Deploy", "Tags.member.1.Key", "a", "Tags.member.1.Value", "b");
  }

  private void root(String action, String... pairs) {
    as(Caller.root(ACCOUNT), action, pairs);
  }

  private void as(Caller caller, String action, String... pairs) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], List.of(pairs[i + 1]));
    }
    String who = caller.isRoot() ? "root" : "dev";
    out.append("### ").append(who).append(' ').append(action).append(' ').append(values.keySet());
    out.append('\n');
    String answer;
    try {
      Optional<XmlBody> result =
          service.handle(action, QueryParams.of(values), Optional.of(caller));
      answer = XmlRenderer.response(AwsService.IAM, action, result, "REQUEST");
    } catch (RehearsalException e) {
      answer = e.errorCode() + " " + e.getMessage();
    }
    out.append(answer.replaceAll("(AROA|ANPA)[A-Z0-9]{17}", "$1*")).append("\n");
  }
}
