package dev.rehearsal.core.workflow.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * YAML 1.2's core schema as GitHub's workflow reader applies it to plain scalars, and the number
 * formatting GitHub uses when a number becomes a string (actions/runner, {@code
 * WorkflowParser/Conversion/YamlObjectReader.cs} {@code MatchNull}, {@code MatchBoolean}, {@code
 * MatchInteger}, {@code MatchFloat}; {@code NumberToken.ToString()} is {@code G15}).
 */
public final class CoreSchema {
  private static final Set<String> NULLS = Set.of("", "null", "Null", "NULL", "~");
  private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final MathContext G15 = new MathContext(15, RoundingMode.HALF_EVEN);

  private CoreSchema() {}

  static boolean isNull(String plain) {
    return NULLS.contains(plain);
  }

  /** The boolean a plain scalar is, if it is one ({@code yes} and {@code on} are not). */
  static Boolean bool(String plain) {
    return TRUES.contains(plain) ? Boolean.TRUE : FALSES.contains(plain) ? Boolean.FALSE : null;
  }

  /**
   * The number a plain scalar is, if it is one: decimal, {@code 0x} hexadecimal and {@code 0o}
   * octal integers (the last two within a 32-bit int, as GitHub parses them), decimals with an
   * optional exponent, {@code .inf} and {@code .nan}.
   */
  static OptionalDouble number(String plain) {
    switch (plain) {
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
        return OptionalDouble.of(Double.POSITIVE_INFINITY);
      case "-.inf", "-.Inf", "-.INF":
        return OptionalDouble.of(Double.NEGATIVE_INFINITY);
      case ".nan", ".NaN", ".NAN":
        return OptionalDouble.of(Double.NaN);
      default:
        break;
    }
    if (FLOAT.matcher(plain).matches()) {
      return OptionalDouble.of(Double.parseDouble(plain));
    }
    if (HEX.matcher(plain).matches()) {
      return int32(plain.substring(2), 16);
    }
    if (OCTAL.matcher(plain).matches()) {
      return int32(plain.substring(2), 8);
    }
    return OptionalDouble.empty();
  }

  private static OptionalDouble int32(String digits, int radix) {
    long value = 0;
    for (char digit : digits.toCharArray()) {
      value = value * radix + Character.digit(digit, radix);
      if (value > Integer.MAX_VALUE) {
        // GitHub refuses it ("is invalid for the type 'tag:yaml.org,2002:int'"); a string here.
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.of(value);
  }

  /**
   * A number as GitHub writes it in a string: .NET's {@code ToString("G15")}, 15 significant
   * digits, no trailing zeros, scientific notation ({@code 1E+15}, {@code 1E-05}) outside 1e-5 up
   * to 1e15.
   */
  public static String format(double number) {
    if (Double.isNaN(number)) {
      return "NaN";
    }
    if (Double.isInfinite(number)) {
      return number > 0 ? "Infinity" : "-Infinity";
    }
    if (number == 0) {
      return 1 / number < 0 ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(number).round(G15).stripTrailingZeros();
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
