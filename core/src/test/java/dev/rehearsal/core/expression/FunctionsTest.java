package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The built-in functions (docs, "Functions"; the runner's {@code Sdk.Functions}). */
class FunctionsTest {
  private static final Map<String, Object> CONTEXTS =
      Map.of(
          "github",
          Map.of(
              "event_name",
              "push",
              "event",
              Map.of(
                  "issue",
                  Map.of("labels", List.of(Map.of("name", "bug"), Map.of("name", "help wanted"))))),
          "env",
          Map.of("continue", "true", "time", "3"),
          "job",
          Map.of("status", "success"));

  private static Value evaluate(String expression) {
    return Evaluate.expression(expression, CONTEXTS);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // docs, contains: "contains('Hello world', 'llo') returns true".
        "contains('Hello world', 'llo') => true",
        "contains('Hello world', 'LLO') => true",
        "contains(github.event.issue.labels.*.name, 'bug') => true",
        "contains(github.event.issue.labels.*.name, 'BUG') => true",
        "contains(fromJSON('[\"push\", \"pull_request\"]'), github.event_name) => true",
        "contains(fromJSON('[1, 2]'), '2') => true",
        "contains(fromJSON('[]'), 'a') => false",
        "contains(fromJSON('{\"a\": 1}'), 'a') => false",
        "contains('abc', fromJSON('[]')) => false",
        "contains(12345, 34) => true",
        "contains(null, '') => true",
        "contains(true, 'ru') => true",
        // docs, startsWith and endsWith: "not case sensitive. Casts values to a string."
        "startsWith('Hello world', 'He') => true",
        "startsWith('Hello world', 'HE') => true",
        "startsWith('Hello world', '') => true",
        "startsWith(fromJSON('[1]'), 1) => false",
        "endsWith('Hello world', 'ld') => true",
        "startsWith('ı_asdf', 'I') => false",
        "endsWith('Hello world', 'LD') => true",
        "endsWith(1.5, 5) => true",
        "endsWith('abc', fromJSON('{}')) => false",
      })
  void stringTest_followsTheDocs(String expression, boolean expected) {
    assertThat(evaluate(expression)).isEqualTo(Value.of(expected));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // docs, format.
        "format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat') => Hello Mona the Octocat",
        "format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat') => {Hello Mona the Octocat!}",
        "format('{0}{0}', 'a') => aa",
        "format('{1}{0}', 'a', 'b') => ba",
        "format('{00}', 'a') => a",
        "format('{0}', null) => ``",
        "format('{0} {1} {2}', true, 1.5, fromJSON('[]')) => true 1.5 Array",
        "format('no placeholder', 'unused') => no placeholder",
        // An argument never referred to is never evaluated.
        "format('x', format('{')) => x",
        // docs, join: "the default separator , is used".
        "join(github.event.issue.labels.*.name, ', ') => bug, help wanted",
        "join(github.event.issue.labels.*.name) => bug,help wanted",
        "join(fromJSON('[1, true, null]'), '-') => 1-true-",
        "join(fromJSON('[1, 2]'), fromJSON('{}')) => 1,2",
        "join('abc') => abc",
        "join(1.5, 'x') => 1.5",
        "join(fromJSON('{\"a\": 1}')) => ``",
        "join(fromJSON('[]')) => ``",
      })
  void stringBuilder_followsTheDocs(String expression, String expected) {
    assertThat(evaluate(expression)).isEqualTo(Value.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "format('{0') => The following format string is invalid: {0",
        "format('}') => The following format string is invalid: }",
        "format('{a}', 1) => The following format string is invalid: {a}",
        "format('{256}', 1) => The following format string is invalid: {256}",
        "format('{0}') => The following format string references more arguments than were supplied: {0}",
        "format('{1}', 'a') => The following format string references more arguments than were supplied: {1}",
        "format('{0:x}', 1) => The format specifiers 'x' are not valid for objects of type 'Number'",
        "format('{0:}}}', 'a') => The format specifiers '}' are not valid for objects of type 'String'",
        "fromJSON('') => Error parsing fromJson",
        "fromJSON('{') => Error parsing fromJson",
        "fromJSON('not json') => Error parsing fromJson",
        "case(1, 'a', 'b') => case predicate must evaluate to a boolean value",
      })
  void function_whenGitHubFails_givesGitHubsMessage(String expression, String message) {
    assertThatThrownBy(() -> evaluate(expression))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(message);
  }

  @Test
  void toJson_isPrettyPrintedWithTwoSpaces() {
    // docs, toJSON: "toJSON(job) might return { "status": "success" }".
    assertThat(evaluate("toJSON(job)").asString()).isEqualTo("{\n  \"status\": \"success\"\n}");
    assertThat(
            evaluate("toJSON(fromJSON('{\"a\": [1, 2.5, \"x\", null, true, {}, []]}'))").asString())
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"a\": [",
                "    1,",
                "    2.5,",
                "    \"x\",",
                "    null,",
                "    true,",
                "    {},",
                "    []",
                "  ]",
                "}"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "toJSON('a\"b\\c') => \"a\\\"b\\\\c\"",
        "toJSON(fromJSON('\"\\u0001\\t\\u2028\"')) => \"\\u0001\\t\\u2028\"",
        "toJSON(null) => null",
        "toJSON(1e15) => 1E+15",
        "toJSON(NaN) => NaN",
        "toJSON(fromJSON('[]')) => []",
      })
  void toJson_ofScalars_escapesAsNewtonsoft(String expression, String json) {
    assertThat(evaluate(expression).asString()).isEqualTo(json);
  }

  @Test
  void fromJson_givesJsonDataTypes() {
    // docs, fromJSON: converting "continue" to a boolean and "time" to a number.
    assertThat(evaluate("fromJSON(env.continue)")).isEqualTo(Value.TRUE);
    assertThat(evaluate("fromJSON(env.time)")).isEqualTo(Value.of(3));
    assertThat(evaluate("fromJSON('null')")).isEqualTo(Value.NULL);
    assertThat(evaluate("fromJSON('\"x\"')")).isEqualTo(Value.of("x"));
    assertThat(Values.toJava(evaluate("fromJSON('{\"include\": [{\"project\": \"foo\"}]}')")))
        .isEqualTo(Map.of("include", List.of(Map.of("project", "foo"))));
  }

  @Test
  void fromJson_readsTheFirstValueAndIsLenientAsNewtonsoft() {
    assertThat(evaluate("fromJSON('1 2')")).isEqualTo(Value.of(1));
    assertThat(evaluate("fromJSON('[1, 2,]')")).isEqualTo(ArrayValue.of(Value.of(1), Value.of(2)));
    assertThat(evaluate("fromJSON('{a: ''b''}').a")).isEqualTo(Value.of("b"));
  }

  @Test
  void fromJson_nestedBeyondNewtonsoftsMaximumDepth_isRefused() {
    assertThat(evaluate("fromJSON('" + "[".repeat(64) + "]".repeat(64) + "')"))
        .isInstanceOf(ArrayValue.class);
    assertThatThrownBy(() -> evaluate("fromJSON('" + "[".repeat(65) + "]".repeat(65) + "')"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("Error parsing fromJson");
  }

  @Test
  void fromJson_keysDifferingOnlyInCase_areOneMember() {
    ObjectValue object = (ObjectValue) evaluate("fromJSON('{\"a\": 1, \"A\": 2}')");

    assertThat(object.keys()).containsExactly("a");
    assertThat(object.get("a")).contains(Value.of(2));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "case(true, 'a', 'b') => a",
        "case(false, 'a', 'b') => b",
        "case(false, 'a', 1 == 1, 'c', 'd') => c",
        // A predicate after the one that matched is never read.
        "case(true, 'a', 1, 'c', 'd') => a",
      })
  void case_answersTheValueAfterTheFirstTruePredicate(String expression, String expected) {
    assertThat(evaluate(expression)).isEqualTo(Value.of(expected));
  }

  @ParameterizedTest
  @EnumSource(JobStatus.class)
  void statusFunctions_readTheJobStatus(JobStatus status) {
    Contexts contexts = Contexts.builder().jobStatus(status).build();
    Scope scope = Scope.of(List.of(), FunctionSpec.STATUS);

    assertThat(ExpressionEvaluator.evaluate("success()", scope, contexts))
        .isEqualTo(Value.of(status == JobStatus.SUCCESS));
    assertThat(ExpressionEvaluator.evaluate("failure()", scope, contexts))
        .isEqualTo(Value.of(status == JobStatus.FAILURE));
    assertThat(ExpressionEvaluator.evaluate("cancelled()", scope, contexts))
        .isEqualTo(Value.of(status == JobStatus.CANCELLED));
    // docs, always: "Causes the step to always execute, and returns true, even when canceled."
    assertThat(ExpressionEvaluator.evaluate("always()", scope, contexts)).isEqualTo(Value.TRUE);
  }

  @Test
  void hashFiles_passesEveryPatternToTheWorkspace() {
    List<String> seen = new ArrayList<>();
    Contexts contexts =
        Contexts.builder()
            .hashFiles(
                (patterns, follow) -> {
                  seen.addAll(patterns);
                  return follow ? "followed" : "a1b2";
                })
            .build();
    Scope scope = ContextAvailability.STEP_RUN.scope();

    // docs, hashFiles: "hashFiles('**/package-lock.json', '**/Gemfile.lock')".
    assertThat(
            ExpressionEvaluator.evaluate(
                "hashFiles('**/package-lock.json', '**/Gemfile.lock')", scope, contexts))
        .isEqualTo(Value.of("a1b2"));
    assertThat(seen).containsExactly("**/package-lock.json", "**/Gemfile.lock");
    assertThat(
            ExpressionEvaluator.evaluate(
                "hashFiles('--follow-symbolic-links', '**/x')", scope, contexts))
        .isEqualTo(Value.of("followed"));
  }

  @Test
  void hashFiles_withAnUnknownOption_isRefusedInTheRunnersWords() {
    Contexts contexts = Contexts.builder().hashFiles((patterns, follow) -> "").build();

    assertThatThrownBy(
            () ->
                ExpressionEvaluator.evaluate(
                    "hashFiles('--recursive', 'x')", Scope.permissive(), contexts))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(
            "Specified argument was out of the range of valid values. (Parameter 'Invalid glob"
                + " option --recursive, avaliable option: '--follow-symbolic-links'.')");
  }

  @Test
  void hashFiles_withoutAWorkspace_isRefused() {
    assertThatThrownBy(() -> evaluate("hashFiles('a''b')"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("hashFiles('a''b') cannot run here: no workspace was given to hash files in");
  }

  @Test
  void format_buildingMoreThanTheMemoryLimit_isRefusedInTheRunnersWords() {
    Contexts contexts = Contexts.builder().maxMemory(1000).build();

    assertThatThrownBy(
            () ->
                ExpressionEvaluator.evaluate(
                    "format('{0}{0}', format('{0}{0}', '" + "a".repeat(150) + "'))",
                    Scope.permissive(),
                    contexts))
        .isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith(
            "The maximum allowed memory size was exceeded while evaluating the following"
                + " expression: format('{0}{0}', ");
  }

  @Test
  void format_nestedToDoubleEachTime_stopsAtTheDefaultLimit() {
    String expression = "'a'";
    for (int i = 0; i < 40; i++) {
      expression = "format('{0}{0}', " + expression + ")";
    }
    String nested = expression;

    assertThatThrownBy(() -> Evaluate.expression(nested))
        .isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith("The maximum allowed memory size was exceeded");
  }
}
