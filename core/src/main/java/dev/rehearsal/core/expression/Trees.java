package dev.rehearsal.core.expression;

import dev.rehearsal.core.expression.Expression.And;
import dev.rehearsal.core.expression.Expression.Call;
import dev.rehearsal.core.expression.Expression.Comparison;
import dev.rehearsal.core.expression.Expression.Filter;
import dev.rehearsal.core.expression.Expression.Index;
import dev.rehearsal.core.expression.Expression.Not;
import dev.rehearsal.core.expression.Expression.Or;
import dev.rehearsal.core.expression.Expression.Property;
import java.util.List;

/** Walks of a syntax tree. */
final class Trees {
  private Trees() {}

  /**
   * The runner's {@code CheckMaxDepth}: counting the root as 1, no node may lie deeper than {@link
   * ExpressionParser#MAX_DEPTH}. A property or filter counts as the runner's index node over its
   * target and a name or {@code *} leaf.
   */
  static void checkDepth(Expression tree, String expression) {
    check(tree, 1, expression);
  }

  /** Whether the tree calls a function of that name anywhere. */
  static boolean calls(Expression node, java.util.function.Predicate<String> name) {
    if (node instanceof Call call && name.test(call.name())) {
      return true;
    }
    return children(node).stream().anyMatch(child -> calls(child, name));
  }

  private static void check(Expression node, int depth, String expression) {
    if (depth > ExpressionParser.MAX_DEPTH) {
      throw ParseErrors.exceededMaxDepth(expression);
    }
    for (Expression child : children(node)) {
      check(child, depth + 1, expression);
    }
  }

  static List<Expression> children(Expression node) {
    if (node instanceof Property property) {
      return List.of(property.target());
    } else if (node instanceof Filter filter) {
      return List.of(filter.target());
    } else if (node instanceof Index index) {
      return List.of(index.target(), index.index());
    } else if (node instanceof Not not) {
      return List.of(not.operand());
    } else if (node instanceof Comparison comparison) {
      return List.of(comparison.left(), comparison.right());
    } else if (node instanceof And and) {
      return and.operands();
    } else if (node instanceof Or or) {
      return or.operands();
    } else if (node instanceof Call call) {
      return call.arguments();
    }
    return List.of();
  }
}
