package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.OperatorType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Date condition operators compare instants given "with one of the W3C implementations of the ISO
 * 8601 date formats or in epoch (UNIX) time" (IAM User Guide, "Date condition operators"). The W3C
 * profile (www.w3.org/TR/NOTE-datetime) allows {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}
 * and a date with {@code hh:mm}, {@code hh:mm:ss} or fractional seconds plus {@code Z} or an
 * offset. A date without a time is its first instant in UTC, as is a date-time without an offset.
 * Epoch values are whole or decimal seconds. A value that parses as neither matches nothing.
 */
final class DateComparison {
  private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TRAILING_OFFSET = Pattern.compile(".*T.*[+-]\\d{2}:\\d{2}$");

  private DateComparison() {}

  static ValueTest compile(OperatorType type, String policyValue) {
    Instant limit = parse(policyValue);
    if (limit == null) {
      return ValueTest.NOTHING;
    }
    return requestValue -> {
      Instant actual = parse(requestValue);
      return actual != null && holds(type, actual.compareTo(limit));
    };
  }

  private static boolean holds(OperatorType type, int comparison) {
    return switch (type) {
      case DATE_EQUALS, DATE_NOT_EQUALS -> comparison == 0;
      case DATE_LESS_THAN -> comparison < 0;
      case DATE_LESS_THAN_EQUALS -> comparison <= 0;
      case DATE_GREATER_THAN -> comparison > 0;
      case DATE_GREATER_THAN_EQUALS -> comparison >= 0;
      default -> throw new IllegalArgumentException(type.text() + " is not a date operator");
    };
  }

  static Instant parse(String raw) {
    String text = raw.trim();
    if (text.isEmpty()) {
      return null;
    }
    // A bare four-digit number is a W3C year (YYYY), not an epoch second in 1970.
    if (EPOCH.matcher(text).matches() && !YEAR.matcher(text).matches()) {
      return epoch(text);
    }
    try {
      return switch (text.length()) {
        case 4 -> Year.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        case 7 -> YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        case 10 -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        default -> dateTime(text);
      };
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  private static Instant dateTime(String text) {
    char last = text.charAt(text.length() - 1);
    boolean hasOffset = last == 'Z' || last == 'z' || TRAILING_OFFSET.matcher(text).matches();
    if (hasOffset) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
  }

  private static Instant epoch(String text) {
    BigDecimal seconds = new BigDecimal(text);
    long whole = seconds.longValue();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return Instant.ofEpochSecond(whole, nanos);
  }
}
