package dev.rehearsal.aws.registry;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.ecr.RegistryPasswords;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/**
 * Who a registry request comes from: HTTP Basic with user {@code AWS} and a password from {@code
 * GetAuthorizationToken}, as ECR's registry takes it (facts: "ECR"). No credentials, or ones that
 * do not open, get a 401 with ECR's challenge; an expired password a 403 with ECR's text.
 */
final class RegistryAuth {
  static final String EXPIRED =
      "Your authorization token has expired. Reauthenticate and try again.";

  private final RegistryPasswords passwords;
  private final Clock clock;

  RegistryAuth(RegistryPasswords passwords, Clock clock) {
    this.passwords = passwords;
    this.clock = clock;
  }

  /** The challenge ECR sends: {@code Basic realm="https://HOST/",service="ecr.amazonaws.com"}. */
  static String challenge(String host) {
    return "Basic realm=\"https://" + host + "/\",service=\"ecr.amazonaws.com\"";
  }

  Caller authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw unauthorized("authentication required");
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw unauthorized("the Basic credentials are not base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0 || !decoded.substring(0, colon).equals("AWS")) {
      throw unauthorized("the user name must be AWS");
    }
    RegistryPasswords.Check check = passwords.check(decoded.substring(colon + 1), clock.instant());
    if (check instanceof RegistryPasswords.Valid valid) {
      return valid.caller();
    }
    if (check instanceof RegistryPasswords.Expired) {
      throw new RegistryException(
          RegistryErrorCode.DENIED, AwsErrorCode.ECR_ACCESS_DENIED, EXPIRED);
    }
    throw unauthorized("Not Authorized");
  }

  private static RegistryException unauthorized(String message) {
    return new RegistryException(
        RegistryErrorCode.UNAUTHORIZED, AwsErrorCode.ECR_ACCESS_DENIED, message);
  }
}
