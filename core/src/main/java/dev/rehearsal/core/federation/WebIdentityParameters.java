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
  private static final int TOKEN_MIN = 4;

  /** {@code clientTokenType}'s maximum length: the longest token STS takes. */
  public static final int TOKEN_MAX = 20000;

  private static final String VALID_LENGTH = "x".repeat(TOKEN_MIN);

  private WebIdentityParameters() {}

  /**
   * @throws ValidationException listing every violated constraint, in parameter order
   */
  public static void validate(AssumeRoleWithWebIdentityRequest request) {
    validate(request, request.webIdentityToken());
  }

  /**
   * As {@link #validate(AssumeRoleWithWebIdentityRequest)} for a request whose token is known by
   * its length only ({@link WebIdentityRules#decide(WebIdentityCall, DecodedJwt, int,
   * TokenVerifier)}): the request's own {@code webIdentityToken} is not looked at.
   *
   * @param tokenLength the token's length in characters, at least 0
   */
  public static void validate(AssumeRoleWithWebIdentityRequest request, int tokenLength) {
    validate(request, ofLength(tokenLength));
  }

  /**
   * A stand-in of the token's length: the token is a sensitive member, so its constraint's message
   * names only its length bounds, never its text. Within the bounds no message is written at all,
   * so one constant stands for every valid length.
   */
  private static String ofLength(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("a token's length is at least 0: " + length);
    }
    return length >= TOKEN_MIN && length <= TOKEN_MAX ? VALID_LENGTH : "x".repeat(length);
  }

  private static void validate(AssumeRoleWithWebIdentityRequest request, String token) {
    new ValidationErrors()
        .required("roleArn", request.roleArn(), 20, 2048)
        .required("roleSessionName", request.roleSessionName(), 2, 64)
        .pattern(
            "roleSessionName",
            // A regular expression only to name what is wrong: matching it for every call cost
            // as much as all of STS's other checks in `rehearse check`.
            sessionNameCharacters(request.roleSessionName()) ? null : request.roleSessionName(),
            SESSION_NAME)
        // The token is a sensitive member: AWS leaves its value out of the message.
        .requiredSensitive("webIdentityToken", token, TOKEN_MIN, TOKEN_MAX)
        .range("durationSeconds", request.durationSeconds().orElse(null), 900, 43200)
        .optional("policy", request.policy().orElse(null), 1, 2048)
        .listSize("policyArns", request.policyArns().size(), 10)
        .throwIfAny();
  }

  /**
   * Whether every character is one of {@code roleSessionNameType}'s {@code [\\w+=,.@-]}: ASCII
   * letters, digits, {@code _} (Java's {@code \\w} without {@code UNICODE_CHARACTER_CLASS}) and
   * {@code +=,.@-}; true for null (the length constraint names a missing name).
   */
  static boolean sessionNameCharacters(String name) {
    if (name == null) {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean word =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!word && "+=,.@-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code roleSessionNameType}'s pattern, shared by every STS call that names a session. */
  public static Pattern sessionNamePattern() {
    return SESSION_NAME;
  }
}
