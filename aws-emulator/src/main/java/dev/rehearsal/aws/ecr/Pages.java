package dev.rehearsal.aws.ecr;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * ECR's {@code maxResults}/{@code nextToken} paging over a stable order: the token is opaque to
 * clients (here, the offset of the next item, encoded) and a token this service did not issue is
 * refused as ECR refuses it.
 */
final class Pages {
  private Pages() {}

  record Page<T>(List<T> items, String nextToken) {}

  static <T> Page<T> of(List<T> all, String token, int size) {
    int from = token == null ? 0 : offset(token);
    if (from > all.size()) {
      throw invalidToken();
    }
    int to = Math.min(all.size(), from + size);
    String next =
        to < all.size()
            ? Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("o" + to).getBytes(StandardCharsets.US_ASCII))
            : null;
    return new Page<>(List.copyOf(all.subList(from, to)), next);
  }

  private static int offset(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
      if (!text.startsWith("o")) {
        throw invalidToken();
      }
      return Integer.parseInt(text.substring(1));
    } catch (IllegalArgumentException e) {
      throw invalidToken();
    }
  }

  private static RehearsalException invalidToken() {
    return new RehearsalException(
        AwsErrorCode.ECR_INVALID_PARAMETER,
        "Invalid parameter at 'nextToken' failed to satisfy constraint: 'Invalid NextToken'");
  }
}
