package dev.rehearsal.core.expression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * How GitHub reads a string as a number and writes a number as a string (the runner's {@code
 * ExpressionUtility.ParseNumber} and {@code EvaluationResult.ConvertToString}, which run on .NET).
 */
final class Numbers {
  /** What .NET's {@code Double.TryParse} accepts with sign, decimal point and exponent allowed. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final MathContext G15 = new MathContext(15, RoundingMode.HALF_EVEN);

  private Numbers() {}

  /**
   * JavaScript's {@code Number()} as the runner follows it: surrounding white space ignored, the
   * empty string is 0, decimal and exponent forms, {@code 0x} hex and {@code 0o} octal of a 32-bit
   * integer, {@code Infinity}; anything else is NaN.
   */
  static double parse(String text) {
    String trimmed = Whitespace.trim(text);
    if (trimmed.isEmpty()) {
      return 0d;
    }
    String number = withoutTrailingNulls(trimmed);
    if (DECIMAL.matcher(number).matches()) {
      return Double.parseDouble(number);
    }
    if (HEX.matcher(trimmed).matches()) {
      return int32(trimmed.substring(2), 16);
    }
    if (OCTAL.matcher(trimmed).matches()) {
      return int32(trimmed.substring(2), 8);
    }
    return symbol(trimmed);
  }

  /** .NET's number parser accepts trailing NUL characters after the digits. */
  private static String withoutTrailingNulls(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\0') {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * {@code Int32.TryParse(hex)} and {@code Convert.ToInt32(octal, 8)} read 32 bits as a signed
   * integer, so {@code 0xffffffff} is -1; more bits overflow, which the runner turns into NaN.
   */
  private static double int32(String digits, int radix) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 11) {
      return Double.NaN;
    }
    long value = Long.parseLong(significant, radix);
    return value > 0xFFFFFFFFL ? Double.NaN : (double) (int) value;
  }

  /**
   * The symbols .NET's {@code Double.TryParse} accepts whatever the styles, compared without regard
   * to case: {@code Infinity}, {@code -Infinity}, {@code NaN}, each with an optional sign.
   */
  private static double symbol(String text) {
    String unsigned = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    if (IgnoreCase.equals(unsigned, "Infinity")) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.NaN;
  }

  /**
   * .NET's {@code ToString("G15")} in the invariant culture: 15 significant digits (ties to even),
   * plain notation for exponents from -5 to 14 and {@code 1.5E+15} / {@code 1E-05} otherwise; -0
   * prints as {@code 0} (the runner's {@code ConvertToString} special-cases it).
   */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0d) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(G15).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent > -5 && exponent < 15) {
      return rounded.toPlainString();
    }
    String digits = rounded.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String sign = rounded.signum() < 0 ? "-" : "";
    String exponentSign = exponent < 0 ? "-" : "+";
    return sign + mantissa + "E" + exponentSign + String.format("%02d", Math.abs(exponent));
  }
}
