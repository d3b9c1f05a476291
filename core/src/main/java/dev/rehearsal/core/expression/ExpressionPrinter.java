package dev.rehearsal.core.expression;

import dev.rehearsal.core.expression.Expression.And;
import dev.rehearsal.core.expression.Expression.Call;
import dev.rehearsal.core.expression.Expression.Comparison;
import dev.rehearsal.core.expression.Expression.Filter;
import dev.rehearsal.core.expression.Expression.Index;
import dev.rehearsal.core.expression.Expression.Literal;
import dev.rehearsal.core.expression.Expression.NamedValue;
import dev.rehearsal.core.expression.Expression.Not;
import dev.rehearsal.core.expression.Expression.Or;
import dev.rehearsal.core.expression.Expression.Property;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a tree back as expression text. {@link #print} writes what {@link ExpressionParser} reads
 * back into the same tree, with parentheses only where precedence needs them; {@link
 * #printLikeRunner} writes it as the runner's {@code ConvertToExpression} does in its logs and
 * messages, every operation parenthesised and numbers in {@code G15}.
 */
public final class ExpressionPrinter {
  private static final int OR = 5;
  private static final int AND = 6;
  private static final int NOT = 16;
  private static final int POSTFIX = 19;
  private static final int PRIMARY = 20;

  private ExpressionPrinter() {}

  public static String print(Expression tree) {
    return print(tree, 0);
  }

  private static String print(Expression node, int minimum) {
    String text = render(node);
    return precedence(node) < minimum ? "(" + text + ")" : text;
  }

  private static String render(Expression node) {
    if (node instanceof Literal literal) {
      return literal(literal.value(), false);
    } else if (node instanceof NamedValue named) {
      return named.name();
    } else if (node instanceof Property property) {
      return Keywords.isLegal(property.name())
          ? target(property.target()) + "." + property.name()
          : target(property.target()) + "[" + quote(property.name()) + "]";
    } else if (node instanceof Index index) {
      return target(index.target()) + "[" + print(index.index(), 0) + "]";
    } else if (node instanceof Filter filter) {
      return target(filter.target()) + ".*";
    } else if (node instanceof Not not) {
      return "!" + print(not.operand(), NOT);
    } else if (node instanceof Comparison comparison) {
      int precedence = comparison.operator().precedence();
      return print(comparison.left(), precedence)
          + " "
          + comparison.operator().symbol()
          + " "
          + print(comparison.right(), precedence + 1);
    } else if (node instanceof And and) {
      return join(and.operands(), " && ", AND + 1);
    } else if (node instanceof Or or) {
      return join(or.operands(), " || ", OR + 1);
    } else if (node instanceof Call call) {
      return call.name() + "(" + join(call.arguments(), ", ", 0) + ")";
    }
    return "*";
  }

  /** Only a name, a call, an index or {@code )} may stand before {@code .} or {@code [}. */
  private static String target(Expression target) {
    return target instanceof Literal ? "(" + render(target) + ")" : print(target, POSTFIX);
  }

  private static String join(List<Expression> nodes, String separator, int minimum) {
    return nodes.stream().map(node -> print(node, minimum)).collect(Collectors.joining(separator));
  }

  private static int precedence(Expression node) {
    if (node instanceof Or) {
      return OR;
    } else if (node instanceof And) {
      return AND;
    } else if (node instanceof Comparison comparison) {
      return comparison.operator().precedence();
    } else if (node instanceof Not) {
      return NOT;
    } else if (node instanceof Property || node instanceof Index || node instanceof Filter) {
      return POSTFIX;
    }
    return PRIMARY;
  }

  /** The runner's rendering, as it names an expression in its messages. */
  public static String printLikeRunner(Expression node) {
    if (node instanceof Literal literal) {
      return literal(literal.value(), true);
    } else if (node instanceof NamedValue named) {
      return named.name();
    } else if (node instanceof Property property) {
      return member(printLikeRunner(property.target()), property.name());
    } else if (node instanceof Index index) {
      return index.index() instanceof Literal literal && literal.value() instanceof StringValue name
          ? member(printLikeRunner(index.target()), name.value())
          : printLikeRunner(index.target()) + "[" + printLikeRunner(index.index()) + "]";
    } else if (node instanceof Filter filter) {
      return printLikeRunner(filter.target()) + ".*";
    } else if (node instanceof Not not) {
      return "!" + printLikeRunner(not.operand());
    } else if (node instanceof Comparison comparison) {
      return "("
          + printLikeRunner(comparison.left())
          + " "
          + comparison.operator().symbol()
          + " "
          + printLikeRunner(comparison.right())
          + ")";
    } else if (node instanceof And and) {
      return "(" + joinLikeRunner(and.operands(), " && ") + ")";
    } else if (node instanceof Or or) {
      return "(" + joinLikeRunner(or.operands(), " || ") + ")";
    } else if (node instanceof Call call) {
      return call.name() + "(" + joinLikeRunner(call.arguments(), ", ") + ")";
    }
    return "*";
  }

  private static String member(String target, String name) {
    return Keywords.isLegal(name) ? target + "." + name : target + "[" + quote(name) + "]";
  }

  private static String joinLikeRunner(List<Expression> nodes, String separator) {
    return nodes.stream()
        .map(ExpressionPrinter::printLikeRunner)
        .collect(Collectors.joining(separator));
  }

  private static String literal(Value value, boolean likeRunner) {
    if (value instanceof StringValue string) {
      return quote(string.value());
    } else if (value instanceof NumberValue number && !likeRunner) {
      return exactNumber(number.value());
    }
    return value.kind() == ValueKind.NULL ? "null" : value.asString();
  }

  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A number the lexer reads back to the same double, -0 and NaN included. */
  private static String exactNumber(double value) {
    boolean negativeZero = value == 0d && 1d / value < 0;
    if (Double.isFinite(value)
        && value == Math.rint(value)
        && Math.abs(value) < 1e15
        && !negativeZero) {
      return Long.toString((long) value);
    }
    return Double.isNaN(value) ? "NaN" : Double.toString(value);
  }
}
