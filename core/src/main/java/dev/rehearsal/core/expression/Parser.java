package dev.rehearsal.core.expression;

import dev.rehearsal.core.expression.Expression.And;
import dev.rehearsal.core.expression.Expression.Call;
import dev.rehearsal.core.expression.Expression.Comparison;
import dev.rehearsal.core.expression.Expression.Filter;
import dev.rehearsal.core.expression.Expression.Index;
import dev.rehearsal.core.expression.Expression.Literal;
import dev.rehearsal.core.expression.Expression.NamedValue;
import dev.rehearsal.core.expression.Expression.Not;
import dev.rehearsal.core.expression.Expression.Operator;
import dev.rehearsal.core.expression.Expression.Or;
import dev.rehearsal.core.expression.Expression.Property;
import dev.rehearsal.core.expression.Expression.Wildcard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The runner's {@code ExpressionParser}: operator precedence with two stacks, one token at a time,
 * so that the first error in reading order is the one reported, as GitHub reports it, and so that
 * no input nests Java calls deeper than the tree's maximum depth.
 */
final class Parser {
  private final String expression;
  private final Scope scope;
  private final Lexer lexer;
  private final Deque<Object> operands = new ArrayDeque<>();
  private final Deque<Token> operators = new ArrayDeque<>();
  private Token token;
  private Token lastToken;

  /** A property name read after {@code .}, waiting for the {@code .} to take it. */
  private record PropertyName(String name) {}

  /** A function whose arguments are still being read. */
  private record PendingCall(Token name) {}

  private Parser(String expression, Scope scope) {
    this.expression = expression;
    this.scope = scope;
    this.lexer = new Lexer(expression);
  }

  static Expression parse(String expression, Scope scope) {
    if (expression.length() > ExpressionParser.MAX_LENGTH) {
      throw ParseErrors.exceededMaxLength(expression);
    }
    return new Parser(expression, scope).run();
  }

  private Expression run() {
    while ((token = lexer.next()) != null) {
      if (token.kind() == TokenKind.UNEXPECTED) {
        throw ParseErrors.unexpectedSymbol(token, expression);
      } else if (token.isOperator()) {
        pushOperator();
      } else {
        pushOperand();
      }
      lastToken = token;
    }
    if (lastToken == null) {
      throw ParseErrors.expectedExpression();
    }
    if (!operators.isEmpty() && (endsUnexpectedly() || lexer.hasUnclosed())) {
      throw ParseErrors.unexpectedEnd(lastToken, expression);
    }
    while (!operators.isEmpty()) {
      flushTopOperator();
    }
    Expression tree = (Expression) operands.pop();
    Trees.checkDepth(tree, expression);
    return tree;
  }

  private boolean endsUnexpectedly() {
    switch (lastToken.kind()) {
      case END_GROUP:
      case END_INDEX:
      case END_PARAMETERS:
        return false;
      case FUNCTION:
        return true;
      default:
        return lastToken.isOperator();
    }
  }

  private void pushOperand() {
    switch (token.kind()) {
      case FUNCTION:
        if (scope.function(token.raw()).isEmpty() && !scope.isPermissive()) {
          throw ParseErrors.unrecognizedFunction(token, expression);
        }
        operands.push(new PendingCall(token));
        break;
      case NAMED_VALUE:
        if (!scope.allowsNamedValue(token.raw())) {
          throw ParseErrors.unrecognizedNamedValue(token, expression);
        }
        operands.push(new NamedValue(token.raw()));
        break;
      case PROPERTY_NAME:
        operands.push(new PropertyName(token.raw()));
        break;
      case WILDCARD:
        operands.push(new Wildcard());
        break;
      default:
        operands.push(new Literal(token.value()));
        break;
    }
  }

  private void pushOperator() {
    if (token.isLeftToRight()) {
      while (!operators.isEmpty() && flushesBefore(operators.peek())) {
        flushTopOperator();
      }
    }
    operators.push(token);
    // Closing operators are processed now: ")" of a call needs the token before it.
    switch (token.kind()) {
      case END_GROUP:
      case END_INDEX:
      case END_PARAMETERS:
        flushTopOperator();
        break;
      default:
        break;
    }
  }

  /** Higher or equal precedence goes first, unless it is an opening bracket or a separator. */
  private boolean flushesBefore(Token top) {
    switch (top.kind()) {
      case START_GROUP:
      case START_INDEX:
      case START_PARAMETERS:
      case SEPARATOR:
        return false;
      default:
        return token.precedence() <= top.precedence();
    }
  }

  private void flushTopOperator() {
    switch (operators.peek().kind()) {
      case END_INDEX:
        flushEndIndex();
        return;
      case END_GROUP:
        operators.pop();
        operators.pop();
        return;
      case END_PARAMETERS:
        flushEndParameters();
        return;
      default:
        operands.push(apply(operators.pop()));
    }
  }

  private Expression apply(Token operator) {
    if (operator.kind() == TokenKind.DEREFERENCE) {
      Object right = operands.pop();
      Expression target = (Expression) operands.pop();
      return right instanceof PropertyName property
          ? new Property(target, property.name())
          : new Filter(target);
    }
    if (operator.isNot()) {
      return new Not((Expression) operands.pop());
    }
    Expression right = (Expression) operands.pop();
    Expression left = (Expression) operands.pop();
    switch (operator.raw()) {
      case "&&":
        return new And(flatten(left, right, And.class));
      case "||":
        return new Or(flatten(left, right, Or.class));
      default:
        return new Comparison(Operator.ofSymbol(operator.raw()), left, right);
    }
  }

  /** {@code a && b && c} is one node of three operands, whatever the grouping. */
  private static List<Expression> flatten(
      Expression left, Expression right, Class<? extends Expression> type) {
    List<Expression> flat = new ArrayList<>();
    for (Expression operand : List.of(left, right)) {
      if (operand instanceof And and && type == And.class) {
        flat.addAll(and.operands());
      } else if (operand instanceof Or or && type == Or.class) {
        flat.addAll(or.operands());
      } else {
        flat.add(operand);
      }
    }
    return flat;
  }

  private void flushEndIndex() {
    operators.pop();
    operators.pop();
    Expression index = (Expression) operands.pop();
    Expression target = (Expression) operands.pop();
    operands.push(index instanceof Wildcard ? new Filter(target) : new Index(target, index));
  }

  private void flushEndParameters() {
    operators.pop();
    List<Expression> arguments = List.of();
    if (lastToken.kind() != TokenKind.START_PARAMETERS) {
      int count = 1;
      while (operators.peek().kind() == TokenKind.SEPARATOR) {
        operators.pop();
        count++;
      }
      arguments = popOperands(count);
    }
    Token name = ((PendingCall) operands.pop()).name();
    operators.pop(); // the call's "("
    checkArguments(name, arguments.size());
    operands.push(new Call(name.raw(), arguments));
  }

  /**
   * A wrong count names the function, as GitHub reports it today ("Too many parameters supplied:
   * 'failure'. Located at position 42 …", ChristopherHX/runner.server#584, 2025; GitHub's shared
   * expression test data, case.json). The runner's own C# names the call's {@code (} instead, as
   * GitHub did in 2024 (yaptide/yaptide#937); the service checks a workflow before any runner does.
   */
  private void checkArguments(Token name, int count) {
    Optional<FunctionSpec> spec = scope.function(name.raw());
    if (spec.isEmpty()) {
      return; // An unknown function got this far only in a permissive scope.
    }
    if (count < spec.get().minArguments()) {
      throw ParseErrors.tooFewParameters(name, expression);
    }
    if (count > spec.get().maxArguments()) {
      throw ParseErrors.tooManyParameters(name, expression);
    }
    if (spec.get().equals(FunctionSpec.CASE) && count % 2 == 0) {
      throw ParseErrors.evenParameters(name, expression);
    }
  }

  private List<Expression> popOperands(int count) {
    List<Expression> popped = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      popped.add((Expression) operands.pop());
    }
    Collections.reverse(popped);
    return popped;
  }
}
