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

/**
 * Walks a tree and computes its value with GitHub's operators (the runner's {@code Sdk.Operators}),
 * each node's result charged to the evaluation's {@link MemoryBudget}.
 */
final class Evaluator {
  private final Contexts contexts;
  private final MemoryBudget memory;
  private final Functions functions;

  Evaluator(Contexts contexts, Expression root) {
    this.contexts = contexts;
    this.memory = new MemoryBudget(contexts.maxMemory(), root);
    this.functions = new Functions(this, contexts);
  }

  /** The value of {@code node}, which lies at {@code level} of the tree (the root is 0). */
  Value evaluate(Expression node, int level) {
    Value value = compute(node, level);
    memory.charge(level, value);
    return value;
  }

  MemoryBudget memory() {
    return memory;
  }

  private Value compute(Expression node, int level) {
    if (node instanceof Literal literal) {
      return literal.value();
    } else if (node instanceof NamedValue named) {
      return contexts.get(named.name()).orElse(Value.NULL);
    } else if (node instanceof Property property) {
      Value target = evaluate(property.target(), level + 1);
      return Members.of(target, Members.named(property.name()), memory.counter(node));
    } else if (node instanceof Index index) {
      Value target = evaluate(index.target(), level + 1);
      return Members.of(
          target, Members.indexed(() -> evaluate(index.index(), level + 1)), memory.counter(node));
    } else if (node instanceof Filter filter) {
      Value target = evaluate(filter.target(), level + 1);
      return Members.of(target, Members.all(), memory.counter(node));
    } else if (node instanceof Not not) {
      return Value.of(!evaluate(not.operand(), level + 1).isTruthy());
    } else if (node instanceof Comparison comparison) {
      return compare(comparison, level);
    } else if (node instanceof And and) {
      return and(and.operands(), level);
    } else if (node instanceof Or or) {
      return or(or.operands(), level);
    } else if (node instanceof Call call) {
      return functions.call(call, level);
    }
    return Value.of("*"); // the runner's Wildcard evaluates to its own text
  }

  private Value compare(Comparison comparison, int level) {
    Value left = evaluate(comparison.left(), level + 1);
    Value right = evaluate(comparison.right(), level + 1);
    Integer order = Coercion.compare(left, right);
    switch (comparison.operator()) {
      case EQUAL:
        return Value.of(Coercion.looseEquals(left, right));
      case NOT_EQUAL:
        return Value.of(!Coercion.looseEquals(left, right));
      case GREATER_THAN:
        return Value.of(order != null && order > 0);
      case GREATER_THAN_OR_EQUAL:
        return Value.of(Coercion.looseEquals(left, right) || (order != null && order > 0));
      case LESS_THAN:
        return Value.of(order != null && order < 0);
      default:
        return Value.of(Coercion.looseEquals(left, right) || (order != null && order < 0));
    }
  }

  /** The first falsy operand, else the last: {@code &&} returns operands, not booleans. */
  private Value and(List<Expression> operands, int level) {
    Value result = Value.NULL;
    for (Expression operand : operands) {
      result = evaluate(operand, level + 1);
      if (!result.isTruthy()) {
        return result;
      }
    }
    return result;
  }

  /** The first truthy operand, else the last. */
  private Value or(List<Expression> operands, int level) {
    Value result = Value.NULL;
    for (Expression operand : operands) {
      result = evaluate(operand, level + 1);
      if (result.isTruthy()) {
        return result;
      }
    }
    return result;
  }
}
