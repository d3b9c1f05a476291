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
import dev.rehearsal.core.property.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of expression text, syntax trees, values and contexts for the properties. */
final class ExpressionGens {
  /** Pieces of GitHub's grammar, valid and not, for text that often nearly parses. */
  private static final List<String> TOKENS =
      List.of(
          "github",
          "env",
          "a",
          "b-c",
          "_x",
          "True",
          ".",
          ".",
          "*",
          "[",
          "]",
          "(",
          ")",
          "(",
          ")",
          ",",
          "!",
          "==",
          "!=",
          "<",
          "<=",
          ">",
          ">=",
          "&&",
          "||",
          "'s'",
          "'it''s'",
          "''",
          "1",
          "-2.5",
          "0xff",
          "1e3",
          ".5",
          "null",
          "true",
          "false",
          "NaN",
          "Infinity",
          "contains",
          "format",
          "fromJSON",
          "toJSON",
          "join",
          "case",
          "startsWith",
          "f",
          "success",
          "hashFiles",
          "'",
          "=",
          "&",
          "|",
          "-",
          "+",
          "\"",
          "{",
          "}",
          "$",
          "${{",
          "}}",
          "\u00a0");

  private static final List<String> NAMES =
      List.of("github", "env", "matrix", "steps", "a", "b-c", "_x", "Event_Name", "x1");

  private static final List<String> KEYS = List.of("a", "A", "b", "name", "1", "", "*", "x y");

  private static final List<Value> SCALARS =
      List.of(
          Value.NULL,
          Value.TRUE,
          Value.FALSE,
          Value.of(0),
          Value.of(-0.0),
          Value.of(1),
          Value.of(-1.5),
          Value.of(1e15),
          Value.of(Double.NaN),
          Value.of(Double.POSITIVE_INFINITY),
          Value.of(Double.NEGATIVE_INFINITY),
          Value.of(""),
          Value.of(" 0x1F "),
          Value.of("1"),
          Value.of("abc"),
          Value.of("ABC"),
          Value.of("{0}"),
          Value.of("{"),
          Value.of("[1, {\"a\": 2}]"),
          Value.of("--follow-symbolic-links"),
          Value.of("it's"));

  private ExpressionGens() {}

  /** Tokens of the grammar joined with and without white space. */
  static Gen<String> tokenSoup(int tries) {
    Gen<List<String>> pieces = Gens.lists(Gens.of(TOKENS), 0, 25, tries);
    Gen<List<Boolean>> spaces = Gens.lists(Gens.chance(0.5), 25, 25, tries);
    return in -> {
      List<String> tokens = pieces.generate(in);
      List<Boolean> space = spaces.generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < tokens.size(); i++) {
        text.append(tokens.get(i)).append(space.get(i) ? " " : "");
      }
      return text.toString();
    };
  }

  /** Valid text: a parser-shaped tree printed. */
  static Gen<String> printedTrees() {
    return parsedTrees(4).map(ExpressionPrinter::print);
  }

  /** Nearly valid text: a printed tree with one character removed or one inserted. */
  static Gen<String> mutatedTrees() {
    Gen<String> printed = printedTrees();
    Gen<Character> inserted = Gens.chars("ab1.*[](),!=<>&|' ");
    return in -> {
      String text = printed.generate(in);
      int at = Generate.range(0, text.length()).generate(in);
      return Gens.chance(0.5).generate(in) || at == text.length()
          ? text.substring(0, at) + inserted.generate(in) + text.substring(at)
          : text.substring(0, at) + text.substring(at + 1);
    };
  }

  /** Characters the grammar cares about, in any order. */
  static Gen<String> grammarCharacters(int tries) {
    return Gens.strings(Gens.chars("ab1x.*[](),!=<>&|' -+0e\"\t${}"), 0, 40, tries);
  }

  static Gen<Scope> scopes() {
    return Gens.of(
        Scope.permissive(),
        ContextAvailability.STEP_IF.scope(),
        ContextAvailability.JOB_IF.scope(),
        Scope.of(List.of("github")));
  }

  /**
   * Trees the parser could have built: flattened {@code &&} and {@code ||}, names that are not
   * literal keywords, functions called with a count the permissive scope accepts, no lone {@code
   * *}.
   */
  static Gen<Expression> parsedTrees(int depth) {
    return in -> tree(in, depth, true);
  }

  /** Any tree, as a caller could build one by hand: any function, any count, {@code *} anywhere. */
  static Gen<Expression> anyTrees(int depth) {
    return in -> tree(in, depth, false);
  }

  private static Expression tree(
      org.quicktheories.core.RandomnessSource in, int depth, boolean parsed) {
    int choice = Generate.range(0, depth == 0 ? 2 : 11).generate(in);
    switch (choice) {
      case 0:
        return new Literal(scalar(parsed).generate(in));
      case 1:
        return new NamedValue(Gens.of(NAMES).generate(in));
      case 2:
        return parsed ? new NamedValue("a") : new Wildcard();
      case 3:
        return new Not(tree(in, depth - 1, parsed));
      case 4:
        return new Comparison(
            Gens.of(Operator.values()).generate(in),
            tree(in, depth - 1, parsed),
            tree(in, depth - 1, parsed));
      case 5:
        return new And(operands(in, depth, parsed, And.class));
      case 6:
        return new Or(operands(in, depth, parsed, Or.class));
      case 7:
        return new Property(tree(in, depth - 1, parsed), Gens.of(KEYS.subList(0, 4)).generate(in));
      case 8:
        return new Index(tree(in, depth - 1, parsed), tree(in, depth - 1, parsed));
      case 9:
        return new Filter(tree(in, depth - 1, parsed));
      default:
        return call(in, depth, parsed);
    }
  }

  private static List<Expression> operands(
      org.quicktheories.core.RandomnessSource in, int depth, boolean parsed, Class<?> type) {
    int count = Generate.range(parsed ? 2 : 0, 4).generate(in);
    List<Expression> operands = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Expression operand = tree(in, depth - 1, parsed);
      operands.add(parsed && type.isInstance(operand) ? new Not(operand) : operand);
    }
    return operands;
  }

  private static Expression call(
      org.quicktheories.core.RandomnessSource in, int depth, boolean parsed) {
    List<FunctionSpec> specs = new ArrayList<>(FunctionSpec.KNOWN);
    specs.add(new FunctionSpec("unknown", 0, 4));
    FunctionSpec spec = Gens.of(specs).generate(in);
    int count =
        parsed
            ? Generate.range(spec.minArguments(), Math.min(spec.maxArguments(), 5)).generate(in)
            : Generate.range(0, 5).generate(in);
    if (parsed && spec.equals(FunctionSpec.CASE) && count % 2 == 0) {
      count--;
    }
    List<Expression> arguments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      arguments.add(tree(in, depth - 1, parsed));
    }
    String name = Gens.chance(0.2).generate(in) ? spec.name().toUpperCase() : spec.name();
    return new Call(name, arguments);
  }

  private static Gen<Value> scalar(boolean parsed) {
    Gen<Value> doubles = Generate.pick(List.of(0d, 1d, -2.5, 1e-7, 1e300)).map(Value::of);
    return Gens.oneOf(Gens.of(SCALARS), doubles);
  }

  /** Values of every kind, nested, with keys that differ only in case. */
  static Gen<Value> values(int depth) {
    return in -> value(in, depth);
  }

  private static Value value(org.quicktheories.core.RandomnessSource in, int depth) {
    int choice = Generate.range(0, depth == 0 ? 0 : 2).generate(in);
    if (choice == 0) {
      return Gens.of(SCALARS).generate(in);
    }
    int size = Generate.range(0, 3).generate(in);
    if (choice == 1) {
      List<Value> elements = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        elements.add(value(in, depth - 1));
      }
      return new ArrayValue(elements);
    }
    ObjectValue.Builder object = ObjectValue.builder();
    for (int i = 0; i < size; i++) {
      object.put(Gens.of(KEYS).generate(in), value(in, depth - 1));
    }
    return object.build();
  }

  /** Contexts under the names the trees use, with a job status and a workspace. */
  static Gen<Contexts> contexts() {
    Gen<Map<String, Value>> contexts = Gens.maps(Gens.of(NAMES), values(3), 0, 6, 1000);
    return in -> {
      Contexts.Builder builder =
          Contexts.builder()
              .jobStatus(Gens.of(JobStatus.values()).generate(in))
              .hashFiles((patterns, follow) -> String.join(",", patterns));
      contexts.generate(in).forEach(builder::put);
      return builder.build();
    };
  }
}
