package dev.rehearsal.core.ecr;

import java.util.Objects;

/**
 * An image tag as ECR accepts it: 1-300 characters (botocore {@code ecr/2015-09-21} shape {@code
 * ImageTag}, which carries no pattern) of {@value #PATTERN}, the pattern ECR's registry quotes when
 * it refuses a tag ({@code Invalid parameter at 'imageTag' failed to satisfy constraint: 'must
 * satisfy regular expression '[a-zA-Z0-9-_.]+''}, recorded in carvel-kbld's documentation, "Using
 * with AWS ECR"). The OCI distribution specification's tag grammar ({@code
 * [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}}) is stricter; ECR's is what is enforced here.
 */
public record ImageTag(String value) {
  /** ECR's tag pattern as its refusal quotes it. */
  public static final String PATTERN = "[a-zA-Z0-9-_.]+";

  public static final int MIN_LENGTH = 1;
  public static final int MAX_LENGTH = 300;

  public ImageTag {
    Objects.requireNonNull(value, "value");
    if (!valid(value)) {
      throw new IllegalArgumentException("not an ECR image tag: '" + value + "'");
    }
  }

  /**
   * The tag, or ECR's {@code InvalidParameterException} for {@code imageTag}: length, then pattern.
   *
   * @throws dev.rehearsal.core.error.RehearsalException with {@code ECR_INVALID_PARAMETER}
   */
  public static ImageTag parse(String text) {
    Objects.requireNonNull(text, "text");
    EcrParameters.requireLength("imageTag", text, MIN_LENGTH, MAX_LENGTH);
    if (!matchesPattern(text)) {
      throw EcrParameters.pattern("imageTag", PATTERN);
    }
    return new ImageTag(text);
  }

  public static boolean valid(String text) {
    return text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH && matchesPattern(text);
  }

  static boolean matchesPattern(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
