package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How GitHub turns strings into numbers (docs, the coercion table: "Parsed from any legal JSON
 * number format, otherwise NaN. Note: empty string returns 0"; the runner's {@code
 * ExpressionUtility.ParseNumber}, which follows JavaScript's {@code Number()} on .NET) and numbers
 * into strings (docs: "Decimal format, exponential for large numbers"; .NET's {@code G15}).
 */
class CoercionTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "`` => 0",
        "`   ` => 0",
        "`\t\n` => 0",
        "1 => 1",
        "` 123456.789 ` => 123456.789",
        "+1 => 1",
        "-1.5 => -1.5",
        ".5 => 0.5",
        "5. => 5",
        "1e3 => 1000",
        "1E-2 => 0.01",
        "0xff => 255",
        "0xFF => 255",
        // Int32.TryParse reads hex as 32 bits: more overflow.
        "0xffffffff => -1",
        "0x0000000001 => 1",
        "0x100000000 => NaN",
        "0XFF => NaN",
        "0x => NaN",
        "-0x1 => NaN",
        "0o10 => 8",
        "0o37777777777 => -1",
        "0o8 => NaN",
        "Infinity => Infinity",
        "-Infinity => -Infinity",
        // .NET's Double.TryParse reads the symbols without regard to case.
        "infinity => Infinity",
        "+Infinity => Infinity",
        "NaN => NaN",
        "1,000 => NaN",
        "1_000 => NaN",
        "1e => NaN",
        "abc => NaN",
        "`1 2` => NaN",
        // No-break space is white space to .NET.
        "`\u00a01\u00a0` => 1",
      })
  void stringAsNumber_followsTheRunner(String text, String number) {
    assertThat(Numbers.format(Value.of(text).asNumber())).isEqualTo(number);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "1 => 1",
        "1.5 => 1.5",
        "-9.2 => -9.2",
        "0.1 => 0.1",
        "-0.0 => 0",
        "123.456 => 123.456",
        "100 => 100",
        "123456789012345 => 123456789012345",
        "1234567890123456 => 1.23456789012346E+15",
        "1e15 => 1E+15",
        "1e100 => 1E+100",
        "0.0001 => 0.0001",
        "0.00001 => 1E-05",
        "2.5e-7 => 2.5E-07",
        "0.333333333333333333 => 0.333333333333333",
        "0.30000000000000004 => 0.3",
        "999999999999999.9 => 1E+15",
        "-1.7976931348623157E308 => -1.79769313486232E+308",
        "4.9E-324 => 4.94065645841247E-324",
        "NaN => NaN",
        "Infinity => Infinity",
        "-Infinity => -Infinity",
      })
  void numberAsString_isDotNetsG15(double number, String text) {
    assertThat(Value.of(number).asString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "null => ''",
        "true => 'true'",
        "false => 'false'",
        "fromJSON('[1]') => 'Array'",
        "fromJSON('{}') => 'Object'",
      })
  void valueAsString_followsTheDocsTable(String expression, String expected) {
    // docs, Functions: Null is '', Boolean 'true' or 'false'; the runner prints the kind of a
    // collection.
    assertThat(Evaluate.expression("format('''{0}''', " + expression + ")").asString())
        .isEqualTo(expected);
  }
}
