package dev.rehearsal.core.evaluation;

/**
 * {@code Bool} compares "a key to true or false" (IAM User Guide, "Boolean condition operators").
 * Both sides are read without regard to case; anything other than {@code true} or {@code false}
 * matches nothing.
 */
final class BooleanComparison {
  private BooleanComparison() {}

  static ValueTest compile(String policyValue) {
    Boolean expected = parse(policyValue);
    if (expected == null) {
      return ValueTest.NOTHING;
    }
    return requestValue -> expected.equals(parse(requestValue));
  }

  static Boolean parse(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    return null;
  }
}
