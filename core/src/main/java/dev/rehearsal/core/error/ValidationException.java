package dev.rehearsal.core.error;

/** A parameter or template value outside what AWS accepts ({@code ValidationError}, 400). */
public final class ValidationException extends RehearsalException {
  public ValidationException(String message) {
    super(AwsErrorCode.VALIDATION_ERROR, message);
  }
}
