package dev.rehearsal.core.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the constraint violations of one request and reports them as AWS's query services do
 * ({@code ValidationError}, 400): {@code N validation error(s) detected: Value 'v' at 'member'
 * failed to satisfy constraint: Member must ...}, several joined by {@code "; "} in parameter
 * order. Constraints are the botocore shapes' {@code min}, {@code max} and {@code pattern}; members
 * are named as AWS names them, the parameter with a lower-case first letter ({@code
 * roleSessionName}).
 */
public final class ValidationErrors {
  private final List<String> violations = new ArrayList<>();

  /** A required string: null is reported as {@code Member must not be null}. */
  public ValidationErrors required(String member, String text, int min, int max) {
    return string(member, text, min, max, false, true);
  }

  /** A required string whose value AWS leaves out of the message (a sensitive member). */
  public ValidationErrors requiredSensitive(String member, String text, int min, int max) {
    return string(member, text, min, max, true, true);
  }

  /** An optional string: null passes. */
  public ValidationErrors optional(String member, String text, int min, int max) {
    return string(member, text, min, max, false, false);
  }

  /** A string (when present) that must match {@code pattern} entirely. */
  public ValidationErrors pattern(String member, String text, Pattern pattern) {
    if (text != null && !pattern.matcher(text).matches()) {
      violations.add(
          value(member, text, false)
              + "Member must satisfy regular expression pattern: "
              + pattern.pattern());
    }
    return this;
  }

  /** An integer (when present) within {@code [min, max]}. */
  public ValidationErrors range(String member, Integer number, int min, int max) {
    if (number != null && number < min) {
      violations.add(
          value(member, number.toString(), false)
              + "Member must have value greater than or equal to "
              + min);
    } else if (number != null && number > max) {
      violations.add(
          value(member, number.toString(), false)
              + "Member must have value less than or equal to "
              + max);
    }
    return this;
  }

  /** A list of at most {@code max} members; AWS does not print a list's value. */
  public ValidationErrors listSize(String member, int size, int max) {
    if (size > max) {
      violations.add(
          "Value at '"
              + member
              + "' failed to satisfy constraint: Member must have length less than or equal to "
              + max);
    }
    return this;
  }

  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /**
   * @throws ValidationException listing every violation collected, when there is one
   */
  public void throwIfAny() {
    if (!violations.isEmpty()) {
      int n = violations.size();
      throw new ValidationException(
          n
              + " validation error"
              + (n == 1 ? "" : "s")
              + " detected: "
              + String.join("; ", violations));
    }
  }

  private ValidationErrors string(
      String member, String text, int min, int max, boolean sensitive, boolean required) {
    if (text == null) {
      if (required) {
        violations.add(
            "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
      }
    } else if (text.length() < min) {
      violations.add(
          value(member, text, sensitive)
              + "Member must have length greater than or equal to "
              + min);
    } else if (text.length() > max) {
      violations.add(
          value(member, text, sensitive) + "Member must have length less than or equal to " + max);
    }
    return this;
  }

  private static String value(String member, String text, boolean sensitive) {
    String shown = sensitive ? "" : "'" + text + "' ";
    return "Value " + shown + "at '" + member + "' failed to satisfy constraint: ";
  }
}
