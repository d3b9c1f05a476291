package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GitHub's operators and loose comparisons ("Evaluate expressions in workflows and actions",
 * Operators; the runner's {@code EvaluationResult.AbstractEqual} and its siblings). Each result is
 * written as its kind and its string form.
 */
class OperatorsTest {
  private static final Map<String, Object> CONTEXTS =
      Map.of(
          "github",
          Map.of("ref", "refs/heads/main", "event", Map.of("number", 7)),
          "list",
          List.of(1, 2));

  static String result(String expression) {
    Value value = Evaluate.expression(expression, CONTEXTS);
    return value.kind().displayName() + ":" + value.asString();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // "GitHub ignores case when comparing strings."
        "'abc' == 'ABC' => Boolean:true",
        "'abc' != 'ABD' => Boolean:true",
        "'B' > 'a' => Boolean:true",
        "'abc' < 'abd' => Boolean:true",
        // .NET's ordinal casing keeps the dotless i apart (GitHub's shared expression test data,
        // actions/languageservices expressions/testdata/operators_case_insensitive.json).
        "'ı' == 'I' => Boolean:false",
        "'ı' > 'I' => Boolean:true",
        "'ſ' == 'S' => Boolean:false",
        // "If the types do not match, GitHub coerces the type to a number": Null is 0.
        "null == 0 => Boolean:true",
        "null < 1 => Boolean:true",
        // Boolean: true returns 1, false returns 0.
        "true == 1 => Boolean:true",
        "false == 0 => Boolean:true",
        "true > false => Boolean:true",
        "'0' == false => Boolean:true",
        "'false' == false => Boolean:false",
        // String: parsed from any legal JSON number format, otherwise NaN; empty string is 0.
        "'' == 0 => Boolean:true",
        "'' == null => Boolean:true",
        "'1' == 1 => Boolean:true",
        "'a1' == 0 => Boolean:false",
        "1 < '2' => Boolean:true",
        "'10' > 9 => Boolean:true",
        // Strings compare as strings when both sides are strings.
        "'10' > '9' => Boolean:false",
        // Array and Object: NaN.
        "fromJSON('[]') == 0 => Boolean:false",
        "null == fromJSON('{}') => Boolean:false",
        // "A comparison of one NaN to another NaN does not result in true."
        "NaN == NaN => Boolean:false",
        "NaN != NaN => Boolean:true",
        // "When NaN is one of the operands of any relational comparison, the result is always
        // false."
        "NaN < 1 => Boolean:false",
        "NaN >= NaN => Boolean:false",
        "'abc' <= 1 => Boolean:false",
        // "Objects and arrays are only considered equal when they are the same instance."
        "github == github => Boolean:true",
        "github.event >= github.event => Boolean:true",
        "github != github => Boolean:false",
        "fromJSON('[]') == fromJSON('[]') => Boolean:false",
        "list == list => Boolean:true",
        "github > github => Boolean:false",
        // && and || answer one of their operands: the docs' ternary idiom.
        "github.ref == 'refs/heads/main' && 'value_for_main_branch' || 'value_for_other_branches' => String:value_for_main_branch",
        "github.ref == 'refs/heads/dev' && 'value_for_main_branch' || 'value_for_other_branches' => String:value_for_other_branches",
        "'a' && 'b' => String:b",
        "'' && 'b' => String:",
        "null || 'default' => String:default",
        "0 || '' => String:",
        "1 && 2 && 3 => Number:3",
        "github && 0 => Number:0",
        // "falsy values (false, 0, -0, "", '', null) are coerced to false"; NaN too.
        "!'' => Boolean:true",
        "!0 => Boolean:true",
        "!-0 => Boolean:true",
        "!NaN => Boolean:true",
        "!null => Boolean:true",
        "!'false' => Boolean:false",
        "!fromJSON('[]') => Boolean:false",
        "!fromJSON('{}') => Boolean:false",
        // Grouping and precedence.
        "!(1 == 2) => Boolean:true",
        "!1 == 2 => Boolean:false",
        "(1 == 1) == true => Boolean:true",
        "1 < 2 == true => Boolean:true",
      })
  void operator_followsGitHubsRules(String expression, String expected) {
    assertThat(result(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // docs, Literals.
        "null => Null:",
        "false => Boolean:false",
        "711 => Number:711",
        "-9.2 => Number:-9.2",
        "0xff => Number:255",
        "-2.99e-2 => Number:-0.0299",
        "'It''s open source!' => String:It's open source!",
        "'' => String:",
        "Infinity => Number:Infinity",
        "-Infinity => Number:-Infinity",
        "NaN => Number:NaN",
        "+1 => Number:1",
        "1. => Number:1",
        "0o17 => Number:15",
      })
  void literal_hasGitHubsValue(String expression, String expected) {
    assertThat(result(expression)).isEqualTo(expected);
  }
}
