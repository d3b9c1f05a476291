package dev.rehearsal.core.federation;

import dev.rehearsal.core.error.ValidationErrors;
import dev.rehearsal.core.error.ValidationException;
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
    new ValidationErrors()
        .required("roleArn", request.roleArn(), 20, 2048)
        .required("roleSessionName", request.roleSessionName(), 2, 64)
        .pattern("roleSessionName", request.roleSessionName(), SESSION_NAME)
        // The token is a sensitive member: AWS leaves its value out of the message.
        .requiredSensitive("webIdentityToken", request.webIdentityToken(), 4, 20000)
        .range("durationSeconds", request.durationSeconds().orElse(null), 900, 43200)
        .optional("policy", request.policy().orElse(null), 1, 2048)
        .listSize("policyArns", request.policyArns().size(), 10)
        .throwIfAny();
  }

  /** {@code roleSessionNameType}'s pattern, shared by every STS call that names a session. */
  public static Pattern sessionNamePattern() {
    return SESSION_NAME;
  }
}
