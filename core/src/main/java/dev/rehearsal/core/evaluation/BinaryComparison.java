package dev.rehearsal.core.evaluation;

import java.util.Arrays;
import java.util.Base64;

/**
 * {@code BinaryEquals} "compares the value of the specified key byte for byte against a base-64
 * encoded representation of the binary value in the policy" (IAM User Guide, "Binary condition
 * operators"). A request context holds text, so a binary request value is given base64 encoded too;
 * the decoded bytes are compared, so two encodings of the same bytes are equal. Text that is not
 * base64 matches nothing.
 */
final class BinaryComparison {
  private BinaryComparison() {}

  static ValueTest compile(String policyValue) {
    byte[] expected = decode(policyValue);
    if (expected == null) {
      return ValueTest.NOTHING;
    }
    return requestValue -> {
      byte[] actual = decode(requestValue);
      return actual != null && Arrays.equals(expected, actual);
    };
  }

  private static byte[] decode(String text) {
    try {
      return Base64.getDecoder().decode(text.trim());
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
