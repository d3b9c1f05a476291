package dev.rehearsal.aws.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import software.amazon.awssdk.services.sts.model.StsException;

/** How STS refused a call, as the AWS SDK v2 reports it: HTTP status, error code, message. */
public final class StsErrors {
  private StsErrors() {}

  /** The call fails with this status and code, and exactly this message unless it is null. */
  public static void assertRefused(Runnable call, int status, String code, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            StsException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              if (message != null) {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
              }
            });
  }

  /** The call fails with this status and code, and a message matching the regular expression. */
  public static void assertRefusedMatching(Runnable call, int status, String code, String regex) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            StsException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).matches(regex);
            });
  }
}
