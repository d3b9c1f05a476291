package dev.rehearsal.core.expression;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An expression GitHub refuses to parse or fails to evaluate, with GitHub's own message (the
 * runner's {@code ParseException}, {@code TemplateStrings} and {@code ExpressionResources}). A
 * parse error names the expression and the 1-based position of the offending token, as GitHub's
 * "Located at position N within expression: …" does. Carries {@link AwsErrorCode#VALIDATION_ERROR}
 * only because every project error must name one; GitHub's expressions have no error codes.
 */
public final class ExpressionException extends RehearsalException {
  private final String expression;
  private final int position;

  /** An error with no position, such as a function's failure while evaluating. */
  public ExpressionException(String message) {
    this(message, null, 0, null);
  }

  public ExpressionException(String message, Throwable cause) {
    this(message, null, 0, cause);
  }

  ExpressionException(String message, String expression, int position) {
    this(message, expression, position, null);
  }

  private ExpressionException(String message, String expression, int position, Throwable cause) {
    super(AwsErrorCode.VALIDATION_ERROR, message, cause);
    this.expression = expression;
    this.position = position;
  }

  /** The expression text the position counts in, when the error is tied to one. */
  public Optional<String> expression() {
    return Optional.ofNullable(expression);
  }

  /** The 1-based position of the offending token within {@link #expression()}, when known. */
  public OptionalInt position() {
    return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
