package dev.rehearsal.core.ecr;

import java.util.Objects;

/**
 * An ECR repository name, validated as ECR validates {@code repositoryName} (botocore {@code
 * ecr/2015-09-21} shape {@code RepositoryName}: length 2-256, pattern {@value #PATTERN}).
 *
 * <p>The pattern is the one the current botocore model carries: the OCI distribution
 * specification's path-component grammar, whose separators are {@code .}, {@code _}, {@code __} or
 * one or more {@code -}. ECR's published API reference and the refusals quoted in public issues
 * (jenkins-x/jx#1344, boto/boto3#3191, 2018-2022) name an older, stricter pattern, {@value
 * #REFUSAL_PATTERN} (one separator character between alphanumerics); every name the newer pattern
 * refuses the older refuses too, so the refusal quotes the older text, the only one verified.
 */
public record RepositoryName(String value) {
  /** What is accepted (botocore's {@code RepositoryName} pattern). */
  public static final String PATTERN =
      "[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*";

  /** The pattern ECR's refusal quotes (boto/boto3#3191; ECR API reference, CreateRepository). */
  public static final String REFUSAL_PATTERN =
      "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*";

  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 256;

  public RepositoryName {
    Objects.requireNonNull(value, "value");
    if (!valid(value)) {
      throw new IllegalArgumentException("not an ECR repository name: '" + value + "'");
    }
  }

  /**
   * The name, or ECR's {@code InvalidParameterException} for {@code repositoryName}: the length
   * first, then the pattern.
   *
   * @throws dev.rehearsal.core.error.RehearsalException with {@code ECR_INVALID_PARAMETER}
   */
  public static RepositoryName parse(String text) {
    Objects.requireNonNull(text, "text");
    EcrParameters.requireLength("repositoryName", text, MIN_LENGTH, MAX_LENGTH);
    if (!matchesPattern(text)) {
      throw EcrParameters.pattern("repositoryName", REFUSAL_PATTERN);
    }
    return new RepositoryName(text);
  }

  /** Whether ECR accepts {@code text} as a repository name. */
  public static boolean valid(String text) {
    return text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH && matchesPattern(text);
  }

  /**
   * {@link #PATTERN}, scanned by hand (a property test holds it to the regular expression): path
   * components separated by {@code /}; in each, runs of {@code [a-z0-9]} separated by {@code .},
   * {@code _}, {@code __} or {@code -+}.
   */
  static boolean matchesPattern(String text) {
    int i = 0;
    int n = text.length();
    while (true) {
      // a component: alnum+ (separator alnum+)*
      if (i >= n || !alphanumeric(text.charAt(i))) {
        return false;
      }
      while (i < n && alphanumeric(text.charAt(i))) {
        i++;
      }
      while (i < n && text.charAt(i) != '/') {
        char c = text.charAt(i);
        if (c == '.') {
          i++;
        } else if (c == '_') {
          i += i + 1 < n && text.charAt(i + 1) == '_' ? 2 : 1;
        } else if (c == '-') {
          while (i < n && text.charAt(i) == '-') {
            i++;
          }
        } else {
          return false;
        }
        if (i >= n || !alphanumeric(text.charAt(i))) {
          return false;
        }
        while (i < n && alphanumeric(text.charAt(i))) {
          i++;
        }
      }
      if (i == n) {
        return true;
      }
      i++; // the '/'
    }
  }

  private static boolean alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return value;
  }
}
