package dev.rehearsal.core.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workflow string with zero or more {@code ${{ … }}} in it, read as GitHub's template reader
 * reads it (the runner's {@code TemplateReader.ParseScalar}): a string that is one expression and
 * nothing else evaluates to that expression's value, of whatever kind; text with expressions
 * embedded becomes {@code format('text {0} text', expression)}, a string; text without any is
 * itself. An expression ends at the first {@code }}} outside a {@code '…'} string.
 *
 * <pre>{@code
 * Template run = Template.parse("echo ${{ github.ref }}", ContextAvailability.STEP_RUN.scope());
 * String script = run.evaluate(contexts).asString();
 * }</pre>
 */
public final class Template {
  private static final String OPEN = "${{";

  private final String source;
  private final List<Segment> segments;
  private final String literal;
  private final String expression;
  private final Expression tree;

  /** A piece of a template: text, or an embedded expression. */
  public sealed interface Segment permits Text, Embedded {}

  public record Text(String text) implements Segment {}

  /**
   * One {@code ${{ … }}}: the expression's text without the braces and surrounding white space,
   * its tree, and the 0-based offset of its {@code ${{} in the template.
   */
  public record Embedded(String expression, Expression tree, int offset) implements Segment {}

  private Template(
      String source, List<Segment> segments, String literal, String expression, Expression tree) {
    this.source = source;
    this.segments = List.copyOf(segments);
    this.literal = literal;
    this.expression = expression;
    this.tree = tree;
  }

  /**
   * @throws ExpressionException an unclosed {@code ${{}, an empty one ("An expression was
   *     expected"), or an expression {@link ExpressionParser} refuses
   */
  public static Template parse(String template, Scope scope) {
    List<Segment> segments = TemplateSegments.split(template, scope);
    if (segments.size() == 1 && segments.get(0) instanceof Embedded embedded) {
      Optional<String> string = TemplateSegments.stringLiteral(embedded.expression());
      return string.isPresent()
          ? new Template(template, segments, string.get(), null, null)
          : new Template(template, segments, null, embedded.expression(), embedded.tree());
    }
    if (segments.stream().noneMatch(segment -> segment instanceof Embedded)) {
      return new Template(template, segments, template, null, null);
    }
    String format = TemplateSegments.formatExpression(segments);
    return new Template(template, segments, null, format, ExpressionParser.parse(format, scope));
  }

  public String source() {
    return source;
  }

  public List<Segment> segments() {
    return segments;
  }

  /** The string this template always is, when it evaluates nothing. */
  public Optional<String> literal() {
    return Optional.ofNullable(literal);
  }

  /**
   * The expression GitHub evaluates: the lone expression, or the {@code format(…)} call that joins
   * text and expressions; empty for a literal.
   */
  public Optional<String> expression() {
    return Optional.ofNullable(expression);
  }

  public Optional<Expression> tree() {
    return Optional.ofNullable(tree);
  }

  public Value evaluate(Contexts contexts) {
    return tree == null ? Value.of(literal) : ExpressionEvaluator.evaluate(tree, contexts);
  }

  @Override
  public String toString() {
    return "Template[" + source + "]";
  }

  /** The runner's reader, split from {@link Template} to keep each small. */
  static final class TemplateSegments {
    private TemplateSegments() {}

    static List<Segment> split(String template, Scope scope) {
      List<Segment> segments = new ArrayList<>();
      int start = template.indexOf(OPEN);
      int index = 0;
      while (start >= 0 && index < template.length()) {
        if (index < start) {
          segments.add(new Text(template.substring(index, start)));
        }
        int end = closingBraces(template, start);
        if (end < 0) {
          throw ParseErrors.expressionNotClosed(template, start);
        }
        String inner = Whitespace.trim(template.substring(start + OPEN.length(), end - 1));
        if (inner.isEmpty()) {
          throw ParseErrors.expectedExpression();
        }
        segments.add(new Embedded(inner, ExpressionParser.parse(inner, scope), start));
        index = end + 1;
        start = template.indexOf(OPEN, index);
      }
      if (index < template.length()) {
        segments.add(new Text(template.substring(index)));
      }
      return segments;
    }

    /** The index of the second {@code }} of the first {@code }}} outside a string, or -1. */
    private static int closingBraces(String template, int start) {
      boolean inString = false;
      for (int i = start + OPEN.length(); i < template.length(); i++) {
        char c = template.charAt(i);
        if (c == '\'') {
          inString = !inString; // a doubled quote toggles twice
        } else if (!inString && c == '}' && template.charAt(i - 1) == '}') {
          return i;
        }
      }
      return -1;
    }

    /** {@code format('…{0}…', expression, …)}, quotes and braces of the text escaped. */
    static String formatExpression(List<Segment> segments) {
      StringBuilder format = new StringBuilder();
      StringBuilder arguments = new StringBuilder();
      int argument = 0;
      for (Segment segment : segments) {
        if (segment instanceof Text text) {
          format.append(text.text().replace("'", "''").replace("{", "{{").replace("}", "}}"));
        } else {
          format.append('{').append(argument++).append('}');
          arguments.append(", ").append(((Embedded) segment).expression());
        }
      }
      return "format('" + format + "'" + arguments + ")";
    }

    /**
     * The reader's {@code IsExpressionString}: {@code ${{ 'text' }}} is the literal {@code text}
     * (which is how {@code ${{ '{{' }}} escapes an expression).
     */
    static Optional<String> stringLiteral(String expression) {
      StringBuilder text = new StringBuilder();
      boolean inString = false;
      for (int i = 0; i < expression.length(); i++) {
        char c = expression.charAt(i);
        if (c == '\'') {
          inString = !inString;
          if (inString && i != 0) {
            text.append(c);
          }
        } else if (!inString) {
          return Optional.empty();
        } else {
          text.append(c);
        }
      }
      return Optional.of(text.toString());
    }
  }
}
