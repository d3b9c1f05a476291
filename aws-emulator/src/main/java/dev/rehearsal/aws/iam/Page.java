package dev.rehearsal.aws.iam;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of an IAM list: {@code MaxItems} (1–1000, default 100) items from {@code Marker}, with
 * {@code IsTruncated} and the next {@code Marker} when more remain (IAM API Reference, "Using
 * pagination").
 */
record Page<T>(List<T> items, boolean truncated, String nextMarker) {
  static final int DEFAULT_MAX_ITEMS = 100;

  /** The page of {@code all} that {@code maxItems} and {@code marker} (either may be null) name. */
  static <T> Page<T> of(List<T> all, Integer maxItems, String marker) {
    new ValidationErrors()
        .range("maxItems", maxItems, 1, 1000)
        .optional("marker", marker, 1, 320)
        .throwIfAny();
    int from = marker == null ? 0 : start(marker);
    int size = maxItems == null ? DEFAULT_MAX_ITEMS : maxItems;
    int to = Math.min(all.size(), from + size);
    List<T> items = from >= all.size() ? List.of() : all.subList(from, to);
    boolean truncated = to < all.size();
    return new Page<>(items, truncated, truncated ? marker(to) : null);
  }

  private static String marker(int index) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("page:" + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int start(String marker) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
      if (text.startsWith("page:")) {
        return Integer.parseInt(text.substring(5));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal below
    }
    throw new RehearsalException(
        AwsErrorCode.INVALID_INPUT, "Invalid Marker: '" + marker + "' was not returned by IAM.");
  }
}
