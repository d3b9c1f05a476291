package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionPrinterTest {

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "a && (b || c) => a && (b || c)",
        "(a && b) || c => a && b || c",
        "(a == b) == c => a == b == c",
        "a == (b == c) => a == (b == c)",
        "(a == b) < c => (a == b) < c",
        "!(a && b) => !(a && b)",
        "!!a => !!a",
        "('x').y => ('x').y",
        "(!a)[0] => (!a)[0]",
        "a['b c'] => a['b c']",
        "a[*] => a.*",
        "a[* == 1] => a[* == 1]",
        "'it''s' => 'it''s'",
        "0xff => 255",
        "-0 => -0.0",
        "1.5e20 => 1.5E20",
        "contains( a , 'b' ) => contains(a, 'b')",
      })
  void print_writesTextThatReadsBack(String expression, String printed) {
    assertThat(ExpressionPrinter.print(Evaluate.parse(expression))).isEqualTo(printed);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // The runner's ConvertToExpression: operations in parentheses, numbers in G15.
        "github.event_name == 'push' && !cancelled() => ((github.event_name == 'push') && !cancelled())",
        "a['b'] => a.b",
        "a['b c'] => a['b c']",
        "labels.*.name => labels.*.name",
        "1.5e20 => 1.5E+20",
        "a || b || c => (a || b || c)",
        "format('{0}', null, true) => format('{0}', null, true)",
      })
  void printLikeRunner_writesTheRunnersRendering(String expression, String printed) {
    assertThat(ExpressionPrinter.printLikeRunner(Evaluate.parse(expression))).isEqualTo(printed);
  }
}
