package dev.rehearsal.runner.action.aws;

import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/** A role session STS granted: its keys and the assumed role's id. */
record AssumedRole(Keys keys, String assumedRoleId) {
  /** A set of AWS keys, as configure-aws-credentials exports them. */
  record Keys(
      String accessKeyId,
      String secretAccessKey,
      Optional<String> sessionToken,
      Optional<Instant> expiration) {
    static Keys of(String accessKeyId, String secretAccessKey, String sessionToken) {
      return new Keys(
          accessKeyId,
          secretAccessKey,
          Optional.ofNullable(sessionToken).filter(token -> !token.isEmpty()),
          Optional.empty());
    }
  }

  static AssumedRole of(AssumeRoleWithWebIdentityResponse response) {
    return of(response.credentials(), response.assumedRoleUser().assumedRoleId());
  }

  static AssumedRole of(AssumeRoleResponse response) {
    return of(response.credentials(), response.assumedRoleUser().assumedRoleId());
  }

  private static AssumedRole of(Credentials credentials, String assumedRoleId) {
    return new AssumedRole(
        new Keys(
            credentials.accessKeyId(),
            credentials.secretAccessKey(),
            Optional.ofNullable(credentials.sessionToken()),
            Optional.ofNullable(credentials.expiration())),
        assumedRoleId);
  }
}
