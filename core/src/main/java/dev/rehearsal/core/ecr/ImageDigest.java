package dev.rehearsal.core.ecr;

import java.util.Objects;

/**
 * A content digest as this project stores it: {@code sha256:} and 64 lowercase hexadecimal digits
 * (the OCI image specification's canonical sha256 form).
 *
 * <p>Text outside ECR's own digest pattern, {@value #ECR_PATTERN} (ECR API reference, {@code
 * layerDigest}/{@code imageDigest}), is refused with ECR's wording ({@code Invalid parameter at
 * 'imageDigest' failed to satisfy constraint: 'must satisfy regular expression
 * '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+''}, quoted in prowler-cloud/prowler#603 and
 * pulumi/pulumi-aws#2466). Text inside ECR's pattern that is not a canonical sha256 digest (another
 * algorithm, upper-case hex, another length) is refused with this project's own wording, {@value
 * #CANONICAL_CONSTRAINT}: ECR's answer to such a digest is not documented.
 */
public record ImageDigest(String value) {
  public static final String ECR_PATTERN = "[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+";
  public static final String CANONICAL_CONSTRAINT =
      "must be sha256: followed by 64 lowercase hexadecimal digits";
  public static final String ALGORITHM = "sha256";
  private static final String PREFIX = "sha256:";
  private static final int HEX_LENGTH = 64;

  public ImageDigest {
    Objects.requireNonNull(value, "value");
    if (!canonical(value)) {
      throw new IllegalArgumentException("not a sha256 digest: '" + value + "'");
    }
  }

  /**
   * The digest, or an {@code InvalidParameterException} for {@code imageDigest}.
   *
   * @throws dev.rehearsal.core.error.RehearsalException with {@code ECR_INVALID_PARAMETER}
   */
  public static ImageDigest parse(String text) {
    return parse("imageDigest", text);
  }

  /** As {@link #parse(String)}, naming the parameter ({@code layerDigest} for a blob). */
  public static ImageDigest parse(String parameter, String text) {
    Objects.requireNonNull(text, "text");
    if (!matchesEcrPattern(text)) {
      throw EcrParameters.pattern(parameter, ECR_PATTERN);
    }
    if (!canonical(text)) {
      throw EcrParameters.invalid(parameter, CANONICAL_CONSTRAINT);
    }
    return new ImageDigest(text);
  }

  /** Of {@code sha256:HEX}, the 64 hex digits. */
  public String hex() {
    return value.substring(PREFIX.length());
  }

  public static boolean canonical(String text) {
    if (text.length() != PREFIX.length() + HEX_LENGTH || !text.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** {@value #ECR_PATTERN}, scanned by hand (a property test holds it to the expression). */
  static boolean matchesEcrPattern(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '+'
              || c == '.';
      if (!ok) {
        return false;
      }
    }
    for (int i = colon + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
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
