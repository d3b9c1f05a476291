package dev.rehearsal.core.expression;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format(string, replaceValue0, …)}: {@code {N}} replaced by argument N cast to a string,
 * {@code {{} and {@code }}} for literal braces (docs, "format"). The runner's {@code Format} reads
 * the whole format string first, refusing a malformed one, and only then evaluates the arguments it
 * refers to, in order, each once; an argument never referred to is never evaluated.
 */
final class FormatFunction {
  /** Argument indexes are a .NET {@code Byte}. */
  private static final BigInteger MAX_INDEX = BigInteger.valueOf(255);

  private FormatFunction() {}

  /** A piece of the result: literal text, or argument N with its format specifiers. */
  private record Segment(String text, int argument, String specifiers) {}

  static String format(Functions.Arguments arguments) {
    String format = arguments.get(0).asString();
    List<Segment> segments = parse(format, arguments.size() - 1);
    MemoryBudget.Counter counter = arguments.counter();
    Value[] evaluated = new Value[arguments.size() - 1];
    StringBuilder result = new StringBuilder();
    for (Segment segment : segments) {
      String text = segment.text();
      if (text == null) {
        int argument = segment.argument();
        if (evaluated[argument] == null) {
          evaluated[argument] = arguments.get(argument + 1);
        }
        if (!segment.specifiers().isEmpty()) {
          throw new ExpressionException(
              "The format specifiers '"
                  + segment.specifiers()
                  + "' are not valid for objects of type '"
                  + evaluated[argument].kind().displayName()
                  + "'");
        }
        text = evaluated[argument].asString();
      }
      if (!text.isEmpty()) {
        counter.add(text);
      }
      result.append(text);
    }
    return result.toString();
  }

  private static List<Segment> parse(String format, int argumentCount) {
    List<Segment> segments = new ArrayList<>();
    int index = 0;
    while (index < format.length()) {
      int left = format.indexOf('{', index);
      int right = format.indexOf('}', index);
      if (left >= 0 && (right < 0 || right > left)) {
        if (charAt(format, left + 1) == '{') {
          segments.add(text(format.substring(index, left + 1)));
          index = left + 2;
          continue;
        }
        Placeholder placeholder = right > left + 1 ? Placeholder.read(format, left + 1) : null;
        if (placeholder == null) {
          throw invalid(format);
        }
        if (placeholder.argument() > argumentCount - 1) {
          throw new ExpressionException(
              "The following format string references more arguments than were supplied: "
                  + format);
        }
        segments.add(text(format.substring(index, left)));
        segments.add(new Segment(null, placeholder.argument(), placeholder.specifiers()));
        index = placeholder.end() + 1;
      } else if (right >= 0) {
        if (charAt(format, right + 1) != '}') {
          throw invalid(format);
        }
        segments.add(text(format.substring(index, right + 1)));
        index = right + 2;
      } else {
        segments.add(text(format.substring(index)));
        break;
      }
    }
    return segments;
  }

  /** {@code {N}} or {@code {N:specifiers}}, with {@code }}} inside the specifiers. */
  private record Placeholder(int argument, String specifiers, int end) {
    static Placeholder read(String format, int start) {
      int digits = 0;
      while (Character.isDigit(charAt(format, start + digits))) {
        digits++;
      }
      if (digits == 0) {
        return null;
      }
      String number = format.substring(start, start + digits);
      // Byte.TryParse reads ASCII digits only, up to 255.
      if (!number.chars().allMatch(c -> c >= '0' && c <= '9')
          || new BigInteger(number).compareTo(MAX_INDEX) > 0) {
        return null;
      }
      int argument = Integer.parseInt(number.replaceFirst("^0+(?=.)", ""));
      return specifiers(format, start + digits, argument);
    }

    private static Placeholder specifiers(String format, int start, int argument) {
      char c = charAt(format, start);
      if (c == '}') {
        return new Placeholder(argument, "", start);
      }
      if (c != ':') {
        return null;
      }
      StringBuilder specifiers = new StringBuilder();
      for (int index = start + 1; index < format.length(); index++) {
        char next = format.charAt(index);
        if (next != '}') {
          specifiers.append(next);
        } else if (charAt(format, index + 1) == '}') {
          specifiers.append('}');
          index++;
        } else {
          return new Placeholder(argument, specifiers.toString(), index);
        }
      }
      return null;
    }
  }

  private static Segment text(String text) {
    return new Segment(text, -1, "");
  }

  private static char charAt(String text, int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  private static ExpressionException invalid(String format) {
    return new ExpressionException("The following format string is invalid: " + format);
  }
}
