package dev.rehearsal.core.expression;

import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of one expression, as {@link ExpressionParser} builds it from GitHub's grammar
 * (the runner's {@code ExpressionParser}: grouping parentheses leave no node, and nested {@code &&}
 * or {@code ||} flatten into one node, so {@code (a && b) && c} is one {@link And} of three).
 */
public sealed interface Expression {

  /** {@code null}, {@code true}, {@code 711}, {@code 0xff}, {@code 'It''s'}: a scalar value. */
  record Literal(Value value) implements Expression {
    public Literal {
      if (!value.kind().isPrimitive()) {
        throw new IllegalArgumentException("a literal is a null, boolean, number or string");
      }
    }
  }

  /** A context such as {@code github}; the name as written (GitHub ignores its case). */
  record NamedValue(String name) implements Expression {
    public NamedValue {
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code target.name}: the same as {@code target['name']}. */
  record Property(Expression target, String name) implements Expression {
    public Property {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code target[index]}. */
  record Index(Expression target, Expression index) implements Expression {
    public Index {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(index, "index");
    }
  }

  /** An object filter, {@code target.*} or {@code target[*]}: every member or element. */
  record Filter(Expression target) implements Expression {
    public Filter {
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * A {@code *} that opens a longer index, as in {@code a[*.b]}: GitHub's grammar allows it and
   * evaluates it to the string {@code '*'}.
   */
  record Wildcard() implements Expression {}

  /** {@code !operand}. */
  record Not(Expression operand) implements Expression {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code left op right} for one of the comparison operators. */
  record Comparison(Operator operator, Expression left, Expression right) implements Expression {
    public Comparison {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code a && b && …}: the first falsy operand, else the last. */
  record And(List<Expression> operands) implements Expression {
    public And {
      operands = List.copyOf(operands);
    }
  }

  /** {@code a || b || …}: the first truthy operand, else the last. */
  record Or(List<Expression> operands) implements Expression {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  /** {@code name(arguments)}; the name as written (GitHub ignores its case). */
  record Call(String name, List<Expression> arguments) implements Expression {
    public Call {
      Objects.requireNonNull(name, "name");
      arguments = List.copyOf(arguments);
    }
  }

  /** The comparison operators, by GitHub's precedence: relational above equality. */
  enum Operator {
    LESS_THAN("<", 11),
    LESS_THAN_OR_EQUAL("<=", 11),
    GREATER_THAN(">", 11),
    GREATER_THAN_OR_EQUAL(">=", 11),
    EQUAL("==", 10),
    NOT_EQUAL("!=", 10);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    public String symbol() {
      return symbol;
    }

    /** The runner's {@code Token.Precedence}. */
    int precedence() {
      return precedence;
    }

    static Operator ofSymbol(String symbol) {
      for (Operator operator : values()) {
        if (operator.symbol.equals(symbol)) {
          return operator;
        }
      }
      throw new IllegalArgumentException("not a comparison operator: " + symbol);
    }
  }
}
