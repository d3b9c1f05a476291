package dev.rehearsal.core.workflow.source;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.Objects;

/**
 * A value of the workflow kept as written, for the runner to evaluate: it may hold {@code ${{ }}}
 * expressions ({@code ${{ matrix.os }}}, {@code Deploy to ${{ inputs.env }}}) or be plain text. For
 * {@code if}, the whole value is an expression with or without the {@code ${{ }}} (GitHub evaluates
 * an {@code if} as an expression either way). A number or boolean written where GitHub wants a
 * string keeps GitHub's string form ({@code 3.10} is {@code 3.1}).
 */
public record Template(String source, Location location) {
  private static final String OPEN = "${{";
  private static final String CLOSE = "}}";

  public Template {
    Objects.requireNonNull(source, "source");
  }

  /** True when the text holds an expression to evaluate ({@code ${{}). */
  public boolean hasExpression() {
    return source.contains(OPEN);
  }

  /** True when the whole value is one expression, {@code ${{ ... }}} and nothing around it. */
  public boolean isExpression() {
    String trimmed = source.strip();
    return trimmed.startsWith(OPEN)
        && trimmed.endsWith(CLOSE)
        && trimmed.indexOf(OPEN, OPEN.length()) < 0;
  }

  /** The scalar {@code node}'s text as a template. */
  public static Template of(Node.Scalar node) {
    return new Template(node.text(), node.location());
  }

  @Override
  public String toString() {
    return source;
  }
}
