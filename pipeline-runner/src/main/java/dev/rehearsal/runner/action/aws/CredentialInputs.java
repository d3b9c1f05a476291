package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionFailedException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** configure-aws-credentials' inputs, read as its code reads them. */
final class CredentialInputs {
  private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

  private final ActionContext context;

  CredentialInputs(ActionContext context) {
    this.context = context;
  }

  String accessKeyId() {
    return context.input("aws-access-key-id");
  }

  String roleToAssume() {
    return context.input("role-to-assume");
  }

  String tokenFile() {
    return context.input("web-identity-token-file");
  }

  boolean roleChaining() {
    return flag("role-chaining", false);
  }

  /** The input keys; {@code aws-secret-access-key} must come with {@code aws-access-key-id}. */
  AssumedRole.Keys inputKeys() {
    String secret = context.input("aws-secret-access-key");
    if (secret.isEmpty()) {
      throw new ActionFailedException(
          "'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided");
    }
    return AssumedRole.Keys.of(accessKeyId(), secret, context.input("aws-session-token"));
  }

  /** {@code (getInput(name) || default).toLowerCase() === 'true'}. */
  boolean flag(String name, boolean defaultValue) {
    String value = context.input(name);
    return value.isEmpty() ? defaultValue : value.equalsIgnoreCase("true");
  }

  /** The STS parameters for the role; {@code legacy}: v1/v2's tags. */
  RoleRequest roleRequest(Optional<String> sourceAccountId, int defaultDuration, boolean legacy) {
    String sessionName = context.input("role-session-name");
    return new RoleRequest(
        CredentialSupport.roleArn(roleToAssume(), sourceAccountId),
        sessionName.isEmpty() ? "GitHubActions" : sessionName,
        parseIntOr(context.input("role-duration-seconds"), defaultDuration),
        flag("role-skip-session-tagging", false)
            ? Optional.empty()
            : Optional.of(CredentialSupport.sessionTags(context, legacy)),
        nonEmpty("role-external-id"),
        nonEmpty("inline-session-policy"),
        context.multilineInput("managed-session-policies"));
  }

  private Optional<String> nonEmpty(String input) {
    return Optional.of(context.input(input)).filter(value -> !value.isEmpty());
  }

  /** JavaScript's {@code Number.parseInt(value) || fallback}: leading digits, else the fallback. */
  static int parseIntOr(String value, int fallback) {
    Matcher digits = LEADING_INTEGER.matcher(value);
    if (!digits.find()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(digits.group(1));
      return parsed == 0 ? fallback : parsed;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
