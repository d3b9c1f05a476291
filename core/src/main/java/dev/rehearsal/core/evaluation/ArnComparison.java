package dev.rehearsal.core.evaluation;

/**
 * {@code ArnEquals}/{@code ArnLike} (identical) and their Not forms: "Each of the six
 * colon-delimited components of the ARN is checked separately and each can include multi-character
 * match wildcards (*) or single-character match wildcards (?)", case-sensitively (IAM User Guide,
 * "Amazon Resource Name (ARN) condition operators"). So a {@code *} never spans a colon in the
 * first five components, while the sixth (the resource) takes the rest, colons included. A policy
 * value or request value with fewer than six components matches nothing.
 */
final class ArnComparison {
  private static final int COMPONENTS = 6;

  private ArnComparison() {}

  static ValueTest compile(Wildcard value) {
    Wildcard[] components = value.splitOnLiteral(':', COMPONENTS);
    if (components.length != COMPONENTS) {
      return ValueTest.NOTHING;
    }
    return requestValue -> matches(components, requestValue);
  }

  private static boolean matches(Wildcard[] components, String arn) {
    int from = 0;
    for (int i = 0; i < COMPONENTS - 1; i++) {
      int colon = arn.indexOf(':', from);
      if (colon < 0 || !components[i].matches(arn, from, colon)) {
        return false;
      }
      from = colon + 1;
    }
    return components[COMPONENTS - 1].matches(arn, from, arn.length());
  }
}
