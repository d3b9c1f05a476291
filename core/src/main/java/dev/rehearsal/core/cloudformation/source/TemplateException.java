package dev.rehearsal.core.cloudformation.source;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Optional;

/**
 * A template CloudFormation would refuse, or one this rehearsal does not model. The message is
 * CloudFormation's own text where it has one (CloudFormation answers {@code ValidateTemplate} and
 * {@code CreateStack} with {@code ValidationError}); the location, when known, names the line.
 */
public final class TemplateException extends RehearsalException {
  private final transient Location location;

  public TemplateException(String message) {
    this(message, Optional.empty(), null);
  }

  public TemplateException(String message, Optional<Location> location) {
    this(message, location, null);
  }

  public TemplateException(String message, Optional<Location> location, Throwable cause) {
    super(AwsErrorCode.VALIDATION_ERROR, message, cause);
    this.location = location.orElse(null);
  }

  /** Where in the template the problem is, when it can be pinned to a node. */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /** The message followed by the location, for a user reading a terminal. */
  public String describe() {
    return location == null ? getMessage() : getMessage() + " (" + location + ")";
  }

  @Override
  public String toString() {
    return errorCode().code() + ": " + describe();
  }
}
