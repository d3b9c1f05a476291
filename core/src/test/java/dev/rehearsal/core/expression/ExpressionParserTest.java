package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The tree GitHub's grammar gives (the runner's {@code ExpressionParser}) and its refusals. */
class ExpressionParserTest {
  private static final Scope GITHUB_ONLY = Scope.of(List.of("github"));

  private static NamedValue named(String name) {
    return new NamedValue(name);
  }

  private static Literal literal(Object value) {
    return new Literal(Values.of(value));
  }

  static Stream<Arguments> trees() {
    return Stream.of(
        // docs, Literals: "myHexNumber: ${{ 0xff }}", "${{ -2.99e-2 }}", "'It''s open source!'"
        Arguments.of("null", literal(null)),
        Arguments.of("false", literal(false)),
        Arguments.of("711", literal(711)),
        Arguments.of("-9.2", literal(-9.2)),
        Arguments.of("0xff", literal(255)),
        Arguments.of("-2.99e-2", literal(-0.0299)),
        Arguments.of("'It''s open source!'", literal("It's open source!")),
        Arguments.of(".5", literal(0.5)),
        Arguments.of("NaN", literal(Double.NaN)),
        Arguments.of("-Infinity", literal(Double.NEGATIVE_INFINITY)),
        // Literal keywords are case-sensitive: "True" is a named-value.
        Arguments.of("True", named("True")),
        // docs, Operators: "." property de-reference and "[ ]" index.
        Arguments.of("github.event_name", new Property(named("github"), "event_name")),
        Arguments.of(
            "steps.my-step.outputs",
            new Property(new Property(named("steps"), "my-step"), "outputs")),
        Arguments.of("a['b']", new Index(named("a"), literal("b"))),
        Arguments.of("a[0]", new Index(named("a"), literal(0))),
        // docs, Object filters: "github.event.issue.labels.*.name".
        Arguments.of("labels.*.name", new Property(new Filter(named("labels")), "name")),
        Arguments.of("labels[*]", new Filter(named("labels"))),
        Arguments.of("a[*.b]", new Index(named("a"), new Property(new Wildcard(), "b"))),
        // Precedence: ! over comparisons over equality over && over ||.
        Arguments.of("!a == b", new Comparison(Operator.EQUAL, new Not(named("a")), named("b"))),
        Arguments.of(
            "a < b == c",
            new Comparison(
                Operator.EQUAL,
                new Comparison(Operator.LESS_THAN, named("a"), named("b")),
                named("c"))),
        Arguments.of(
            "a && b || c && d",
            new Or(
                List.of(
                    new And(List.of(named("a"), named("b"))),
                    new And(List.of(named("c"), named("d")))))),
        // The runner flattens nested && whatever the grouping.
        Arguments.of("(a && b) && c", new And(List.of(named("a"), named("b"), named("c")))),
        Arguments.of("a && (b && c)", new And(List.of(named("a"), named("b"), named("c")))),
        Arguments.of("((a))", named("a")),
        Arguments.of("!!a", new Not(new Not(named("a")))),
        Arguments.of("f()", new Call("f", List.of())),
        Arguments.of("CONTAINS(a, 'b')", new Call("CONTAINS", List.of(named("a"), literal("b")))),
        Arguments.of("fromJSON(x).a", new Property(new Call("fromJSON", List.of(named("x"))), "a")),
        Arguments.of("(a).b", new Property(named("a"), "b")),
        Arguments.of(" \t a \n", named("a")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void parse_givesGitHubsTree(String expression, Expression tree) {
    assertThat(Evaluate.parse(expression)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "github. | Unexpected end of expression: '.'. Located at position 7 within expression: github.",
        "github == | Unexpected end of expression: '=='. Located at position 8 within expression: github ==",
        "(github | Unexpected end of expression: 'github'. Located at position 2 within expression: (github",
        "github) | Unexpected symbol: ')'. Located at position 7 within expression: github)",
        "github[0 | Unexpected end of expression: '0'. Located at position 8 within expression: github[0",
        "'abc | Unexpected symbol: ''abc'. Located at position 1 within expression: 'abc",
        "1 = 1 | Unexpected symbol: '='. Located at position 3 within expression: 1 = 1",
        "1 2 | Unexpected symbol: '2'. Located at position 3 within expression: 1 2",
        "1 + 2 | Unexpected symbol: '+'. Located at position 3 within expression: 1 + 2",
        "'a'.b | Unexpected symbol: '.'. Located at position 4 within expression: 'a'.b",
        "github.1 | Unexpected symbol: '1'. Located at position 8 within expression: github.1",
        "-NaN | Unexpected symbol: '-NaN'. Located at position 1 within expression: -NaN",
        "1abc | Unexpected symbol: '1abc'. Located at position 1 within expression: 1abc",
        "github, 1 | Unexpected symbol: ','. Located at position 7 within expression: github, 1",
        "! | Unexpected end of expression: '!'. Located at position 1 within expression: !",
        "foo | Unrecognized named-value: 'foo'. Located at position 1 within expression: foo",
        "True | Unrecognized named-value: 'True'. Located at position 1 within expression: True",
        "github == env.x | Unrecognized named-value: 'env'. Located at position 11 within expression: github == env.x",
        "bar(1) | Unrecognized function: 'bar'. Located at position 1 within expression: bar(1)",
        "hashFiles('x') | Unrecognized function: 'hashFiles'. Located at position 1 within expression: hashFiles('x')",
        "contains('a') | Too few parameters supplied: 'contains'. Located at position 1 within expression: contains('a')",
        "toJSON(1, 2) | Too many parameters supplied: 'toJSON'. Located at position 1 within expression: toJSON(1, 2)",
        "case(true, 1, 2, 3) | Even number of parameters supplied, requires an odd number of parameters: 'case'. Located at position 1 within expression: case(true, 1, 2, 3)",
        // The first error in reading order wins: the unknown name before the missing end.
        "foo == | Unrecognized named-value: 'foo'. Located at position 1 within expression: foo ==",
        "join(github) ] | Unexpected symbol: ']'. Located at position 14 within expression: join(github) ]",
      })
  void parse_whenGitHubRefuses_givesGitHubsMessage(String expression, String message) {
    assertThatThrownBy(() -> ExpressionParser.parse(expression, GITHUB_ONLY))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(message);
  }

  @Test
  void parse_ofDoubleQuotes_isRefused() {
    // docs, Literals: "Wrapping with double quotes (") will throw an error."
    assertThatThrownBy(() -> ExpressionParser.parse("\"double\"", GITHUB_ONLY))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(
            "Unexpected symbol: '\"double\"'. Located at position 1 within expression: \"double\"");
  }

  @Test
  void parse_whenTooManyArguments_namesTheFunctionAsGitHubDid() {
    // Reported by GitHub for a job's if: in 2025 (ChristopherHX/runner.server#584).
    String expression =
        "needs.prepare.outputs.sync == 'true' && !failure('macOS', 'linux-pkg') && !cancelled()";

    assertThatThrownBy(() -> ExpressionParser.parse(expression, ContextAvailability.JOB_IF.scope()))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).hasValue(42);
              assertThat(e.expression()).hasValue(expression);
            })
        .hasMessage(
            "Too many parameters supplied: 'failure'. Located at position 42 within expression: "
                + expression);
  }

  @Test
  void parse_ofNothing_isRefusedAsAnExpressionWasExpected() {
    assertThatThrownBy(() -> Evaluate.parse("  "))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("An expression was expected");
  }

  @Test
  void parse_overTheRunnersMaximumLength_isRefused() {
    String longest = "'" + "a".repeat(ExpressionParser.MAX_LENGTH - 2) + "'";

    assertThat(Evaluate.parse(longest)).isInstanceOf(Literal.class);
    assertThatThrownBy(() -> Evaluate.parse(longest + " "))
        .isInstanceOfSatisfying(ExpressionException.class, e -> assertThat(e.position()).isEmpty())
        .hasMessage("Exceeded max expression length 21000");
  }

  @Test
  void parse_deeperThanTheRunnersMaximumDepth_isRefused() {
    // Each "!" is a level over the named-value: 49 of them make 50 levels.
    assertThat(Evaluate.parse("!".repeat(49) + "a")).isInstanceOf(Not.class);
    assertThatThrownBy(() -> Evaluate.parse("!".repeat(50) + "a"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("Exceeded max expression depth 50");
  }

  @Test
  void parse_ofDeepGrouping_isNoDeeperThanItsOperand() {
    assertThat(Evaluate.parse("(".repeat(5000) + "a" + ")".repeat(5000))).isEqualTo(named("a"));
  }

  @Test
  void parse_ignoresTheCaseOfNamesAndFunctions() {
    Scope scope = Scope.of(List.of("GitHub"), FunctionSpec.SUCCESS);

    assertThat(ExpressionParser.parse("GITHUB.ref && SUCCESS() && toJson(github)", scope))
        .isInstanceOf(And.class);
  }

  @Test
  void parse_inAPermissiveScope_acceptsUnknownNamesAndAnyArgumentCount() {
    assertThat(Evaluate.parse("anything(a, b, c, d)")).isInstanceOf(Call.class);
  }
}
