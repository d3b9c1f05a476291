package dev.rehearsal.core.expression;

import dev.rehearsal.core.expression.Expression.Call;
import java.util.List;
import java.util.Optional;

/**
 * Calls a function by name, ignoring its case: the built-in ones (docs, "Functions"; the runner's
 * {@code Sdk.Functions}), the status check functions and {@code hashFiles} (the runner's {@code
 * Runner.Worker.Expressions}). Arguments are evaluated only when the function reads them, in the
 * runner's order, so that the same argument fails or not as it does on GitHub.
 */
final class Functions {
  private final Evaluator evaluator;
  private final Contexts contexts;

  Functions(Evaluator evaluator, Contexts contexts) {
    this.evaluator = evaluator;
    this.contexts = contexts;
  }

  /** One call's arguments, each evaluated on demand one level below the call. */
  final class Arguments {
    private final Call call;
    private final int level;

    private Arguments(Call call, int level) {
      this.call = call;
      this.level = level;
    }

    int size() {
      return call.arguments().size();
    }

    Value get(int index) {
      return evaluator.evaluate(call.arguments().get(index), level + 1);
    }

    MemoryBudget.Counter counter() {
      return evaluator.memory().counter(call);
    }
  }

  Value call(Call call, int level) {
    String name = call.name();
    checkArity(call);
    Arguments arguments = new Arguments(call, level);
    switch (IgnoreCase.fold(name)) {
      case "CONTAINS":
        return contains(arguments);
      case "STARTSWITH":
        return Value.of(bothStrings(arguments, IgnoreCase::startsWith));
      case "ENDSWITH":
        return Value.of(bothStrings(arguments, IgnoreCase::endsWith));
      case "FORMAT":
        return Value.of(FormatFunction.format(arguments));
      case "JOIN":
        return join(arguments);
      case "TOJSON":
        return Value.of(JsonFunctions.toJson(arguments.get(0), arguments.counter()));
      case "FROMJSON":
        return JsonFunctions.fromJson(arguments.get(0).asString());
      case "CASE":
        return caseOf(arguments);
      default:
        return WorkflowFunctions.call(name, arguments, contexts);
    }
  }

  /** A tree built by hand may call with any count; a parsed one was checked already. */
  private static void checkArity(Call call) {
    Optional<FunctionSpec> spec =
        FunctionSpec.KNOWN.stream()
            .filter(known -> IgnoreCase.equals(known.name(), call.name()))
            .findFirst();
    if (spec.isEmpty()) {
      throw new ExpressionException("Unrecognized function: '" + call.name() + "'");
    }
    int count = call.arguments().size();
    if (count < spec.get().minArguments()) {
      throw new ExpressionException("Too few parameters supplied: '" + call.name() + "'");
    }
    if (count > spec.get().maxArguments()) {
      throw new ExpressionException("Too many parameters supplied: '" + call.name() + "'");
    }
  }

  /**
   * {@code contains(search, item)}: a substring of a string, ignoring case, or an element of an
   * array by {@code ==}; anything else is false.
   */
  private static Value contains(Arguments arguments) {
    Value search = arguments.get(0);
    if (search.kind().isPrimitive()) {
      Value item = arguments.get(1);
      return Value.of(
          item.kind().isPrimitive() && IgnoreCase.contains(search.asString(), item.asString()));
    }
    if (search instanceof ArrayValue array && array.size() > 0) {
      Value item = arguments.get(1);
      return Value.of(array.elements().stream().anyMatch(e -> Coercion.looseEquals(item, e)));
    }
    return Value.FALSE;
  }

  private interface StringTest {
    boolean test(String text, String part);
  }

  /** {@code startsWith} and {@code endsWith}: both sides primitives cast to strings. */
  private static boolean bothStrings(Arguments arguments, StringTest test) {
    Value text = arguments.get(0);
    if (!text.kind().isPrimitive()) {
      return false;
    }
    Value part = arguments.get(1);
    return part.kind().isPrimitive() && test.test(text.asString(), part.asString());
  }

  /**
   * {@code join(array, separator)}: the elements cast to strings, separated by {@code ,} unless a
   * primitive separator is given; a primitive joins as itself; anything else is {@code ''}.
   */
  private static Value join(Arguments arguments) {
    Value items = arguments.get(0);
    if (items instanceof ArrayValue array && array.size() > 0) {
      MemoryBudget.Counter counter = arguments.counter();
      List<Value> elements = array.elements();
      StringBuilder joined = new StringBuilder(append(counter, elements.get(0).asString()));
      if (elements.size() > 1) {
        String separator = ",";
        if (arguments.size() > 1) {
          Value given = arguments.get(1);
          separator = given.kind().isPrimitive() ? given.asString() : separator;
        }
        for (Value element : elements.subList(1, elements.size())) {
          joined.append(append(counter, separator)).append(append(counter, element.asString()));
        }
      }
      return Value.of(joined.toString());
    }
    return Value.of(items.kind().isPrimitive() ? items.asString() : "");
  }

  private static String append(MemoryBudget.Counter counter, String text) {
    counter.add(text);
    return text;
  }

  /**
   * {@code case(pred1, value1, …, default)}: the value after the first true predicate, else the
   * default; a predicate must be a boolean (the runner's {@code Case}).
   */
  private static Value caseOf(Arguments arguments) {
    if (arguments.size() % 2 == 0) {
      throw new ExpressionException("case requires an odd number of arguments");
    }
    for (int i = 0; i + 1 < arguments.size(); i += 2) {
      Value predicate = arguments.get(i);
      if (!(predicate instanceof BooleanValue bool)) {
        throw new ExpressionException("case predicate must evaluate to a boolean value");
      }
      if (bool.value()) {
        return arguments.get(i + 1);
      }
    }
    return arguments.get(arguments.size() - 1);
  }
}
