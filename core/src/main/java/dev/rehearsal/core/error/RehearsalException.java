package dev.rehearsal.core.error;

import java.util.Objects;

/**
 * The root of every error this project raises on purpose. Each carries the AWS error code a service
 * would answer with, so that an emulator renders any of them in one place and a CLI prints the same
 * message a user of AWS would see.
 */
public class RehearsalException extends RuntimeException {
  private final AwsErrorCode errorCode;

  public RehearsalException(AwsErrorCode errorCode, String message) {
    super(message);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  public RehearsalException(AwsErrorCode errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  public AwsErrorCode errorCode() {
    return errorCode;
  }

  /** {@code Code: message}, the way the AWS CLI prints a service error. */
  @Override
  public String toString() {
    return errorCode.code() + ": " + getMessage();
  }
}
