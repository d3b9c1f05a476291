package dev.rehearsal.provisioner;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Objects;
import java.util.Optional;

/**
 * A request refused before anything changed: by a service (its error code and message as it gave
 * them, e.g. CloudFormation's {@code InsufficientCapabilitiesException}), or by the provisioner for
 * a stack that does or does not exist. Printed as the AWS CLI prints a service error.
 */
public class ProvisionException extends RehearsalException {
  private final String code;
  private final transient Optional<String> operation;

  public ProvisionException(String code, String message) {
    this(code, Optional.empty(), message, null);
  }

  public ProvisionException(
      String code, Optional<String> operation, String message, Throwable cause) {
    super(AwsErrorCode.VALIDATION_ERROR, message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.operation = Objects.requireNonNull(operation, "operation");
  }

  /** The error code, as the service gave it ({@code ValidationError}, {@code AccessDenied}...). */
  public String code() {
    return code;
  }

  /** The operation the service refused, when a service refused it. */
  public Optional<String> operation() {
    return operation;
  }

  /**
   * "An error occurred (Code) when calling the Op operation: message", the AWS CLI's words, or
   * "Code: message" for the provisioner's own refusals.
   */
  @Override
  public String toString() {
    return operation
        .map(op -> "An error occurred (" + code + ") when calling the " + op + " operation: ")
        .orElse(code + ": ")
        .concat(getMessage());
  }
}
