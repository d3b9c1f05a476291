package dev.rehearsal.core.federation;

import dev.rehearsal.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parameter constraints of {@code AssumeRoleWithWebIdentity} from the botocore STS model
 * ({@code arnType} 20–2048, {@code roleSessionNameType} 2–64 matching {@code [\w+=,.@-]*}, {@code
 * clientTokenType} 4–20000, {@code roleDurationSecondsType} 900–43200, {@code
 * sessionPolicyDocumentType} 1–2048, {@code policyDescriptorListType} at most 10), reported in
 * AWS's validation-error form: {@code N validation error(s) detected: Value 'v' at 'member' failed
 * to satisfy constraint: Member must ...}, several joined by {@code "; "}.
 */
public final class WebIdentityParameters {
  private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");

  private WebIdentityParameters() {}

  /**
   * @throws ValidationException listing every violated constraint, in parameter order
   */
  public static void validate(AssumeRoleWithWebIdentityRequest request) {
    List<String> violations = new ArrayList<>();
    length(violations, "roleArn", request.roleArn(), 20, 2048, false);
    length(violations, "roleSessionName", request.roleSessionName(), 2, 64, false);
    if (request.roleSessionName() != null
        && !SESSION_NAME.matcher(request.roleSessionName()).matches()) {
      violations.add(
          value("roleSessionName", request.roleSessionName(), false)
              + "Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }
    // The token is a sensitive member: AWS leaves its value out of the message.
    length(violations, "webIdentityToken", request.webIdentityToken(), 4, 20000, true);
    request
        .durationSeconds()
        .ifPresent(
            d -> {
              if (d < 900) {
                violations.add(
                    value("durationSeconds", d.toString(), false)
                        + "Member must have value greater than or equal to 900");
              } else if (d > 43200) {
                violations.add(
                    value("durationSeconds", d.toString(), false)
                        + "Member must have value less than or equal to 43200");
              }
            });
    request.policy().ifPresent(p -> length(violations, "policy", p, 1, 2048, false));
    if (request.policyArns().size() > 10) {
      violations.add(
          "Value at 'policyArns' failed to satisfy constraint: "
              + "Member must have length less than or equal to 10");
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(message(violations));
    }
  }

  private static void length(
      List<String> violations, String member, String text, int min, int max, boolean sensitive) {
    if (text == null) {
      violations.add(
          "Value null at '"
              + member
              + "' failed to satisfy constraint: "
              + "Member must not be null");
    } else if (text.length() < min) {
      violations.add(
          value(member, text, sensitive)
              + "Member must have length greater than or equal to "
              + min);
    } else if (text.length() > max) {
      violations.add(
          value(member, text, sensitive) + "Member must have length less than or equal to " + max);
    }
  }

  private static String value(String member, String text, boolean sensitive) {
    String shown = sensitive ? "" : "'" + text + "' ";
    return "Value " + shown + "at '" + member + "' failed to satisfy constraint: ";
  }

  private static String message(List<String> violations) {
    int n = violations.size();
    return n
        + " validation error"
        + (n == 1 ? "" : "s")
        + " detected: "
        + String.join("; ", violations);
  }
}
