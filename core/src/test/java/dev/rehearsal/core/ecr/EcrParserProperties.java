package dev.rehearsal.core.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The three parsers against ECR's constraints (botocore {@code ecr/2015-09-21}: RepositoryName
 * 2-256 and its pattern, ImageTag 1-300; ECR's digest pattern, ECR API reference): valid values
 * round-trip, near misses are refused with {@code InvalidParameterException} and ECR's wording, and
 * the hand-written scanners agree with the regular expressions they stand for. 1000 examples or
 * more each.
 */
class EcrParserProperties {
  private static final int EXAMPLES = 1000;
  private static final Pattern NAME = Pattern.compile(RepositoryName.PATTERN);
  private static final Pattern OLD_NAME = Pattern.compile(RepositoryName.REFUSAL_PATTERN);
  // ECR's [a-zA-Z0-9-_+.]+:[a-fA-F0-9]+ with its '-' escaped, for Java.
  private static final Pattern ECR_DIGEST = Pattern.compile("[a-zA-Z0-9_+.\\-]+:[a-fA-F0-9]+");
  private static final Pattern TAG = Pattern.compile("[a-zA-Z0-9_.\\-]+");
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String[] SEPARATORS = {".", "_", "__", "-", "--", "---"};
  private static final String[] OLD_SEPARATORS = {".", "_", "-"};
  private static final String HEX = "0123456789abcdef";

  /** A name of botocore's grammar: components of alphanumeric runs joined by separators. */
  static String validName(Random random) {
    return validName(random, SEPARATORS);
  }

  static String validName(Random random, String[] separators) {
    StringBuilder name = new StringBuilder();
    int components = 1 + random.nextInt(3);
    for (int c = 0; c < components; c++) {
      if (c > 0) {
        name.append('/');
      }
      int runs = 1 + random.nextInt(3);
      for (int r = 0; r < runs; r++) {
        if (r > 0) {
          name.append(separators[random.nextInt(separators.length)]);
        }
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
          name.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
      }
    }
    if (name.length() < 2) {
      name.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return name.toString();
  }

  static Gen<String> validNames() {
    return longs().all().map(seed -> validName(new Random(seed)));
  }

  static void refusedAsInvalidParameter(String text, Runnable parse, String expectedMessage) {
    assertThatThrownBy(parse::run)
        .as("'%s'", text)
        .isInstanceOf(RehearsalException.class)
        .hasMessage(expectedMessage)
        .extracting(e -> ((RehearsalException) e).errorCode())
        .isEqualTo(AwsErrorCode.ECR_INVALID_PARAMETER);
  }

  static final String NAME_PATTERN_MESSAGE =
      "Invalid parameter at 'repositoryName' failed to satisfy constraint: "
          + "'must satisfy regular expression "
          + "'(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''";

  @Test
  void repositoryNameParse_whenNameOfEcrGrammar_roundTrips() {
    qt().withExamples(EXAMPLES)
        .forAll(validNames())
        .checkAssert(
            name -> {
              assertThat(NAME.matcher(name).matches()).isTrue();
              assertThat(RepositoryName.parse(name).value()).isEqualTo(name);
            });
  }

  @Test
  void repositoryNameParse_whenOldPatternMatches_accepts() {
    // Every name of the ECR API reference's pattern is one of botocore's (the refusal's quoted
    // pattern is the stricter one, so quoting it is true of every refused name).
    qt().withExamples(EXAMPLES)
        .forAll(longs().all().map(seed -> validName(new Random(seed), OLD_SEPARATORS)))
        .checkAssert(
            text -> {
              assertThat(OLD_NAME.matcher(text).matches()).isTrue();
              assertThat(RepositoryName.valid(text)).isTrue();
            });
  }

  @Test
  void repositoryNameScanner_whenAnyText_agreesWithBotocorePattern() {
    Gen<String> alphabet =
        strings().betweenCodePoints(0, 9).ofLengthBetween(0, 16).map(EcrParserProperties::spell);
    qt().withExamples(5 * EXAMPLES)
        .forAll(alphabet)
        .checkAssert(
            text ->
                assertThat(RepositoryName.matchesPattern(text))
                    .as("'%s'", text)
                    .isEqualTo(NAME.matcher(text).matches()));
  }

  /** Code points 0-9 spelled as the characters near the grammar's edges. */
  private static String spell(String codes) {
    String letters = "a0._-/A:@b";
    StringBuilder out = new StringBuilder();
    codes.codePoints().forEach(c -> out.append(letters.charAt(c)));
    return out.toString();
  }

  @Test
  void repositoryNameParse_whenNearMiss_isRefusedWithEcrWording() {
    String bad = "A/ .:@_-!Ü";
    qt().withExamples(EXAMPLES)
        .forAll(validNames(), integers().between(0, 1000), integers().between(0, 4))
        .checkAssert(
            (name, at, kind) -> {
              int position = at % (name.length() + 1);
              String miss =
                  switch (kind) {
                    case 0 ->
                        name.substring(0, position)
                            + bad.charAt(at % bad.length())
                            + name.substring(position); // a character out of place or out of set
                    case 1 -> "-" + name; // starts with a separator
                    case 2 -> name + "/"; // ends with a separator
                    case 3 -> name.substring(0, position) + "//" + name.substring(position);
                    default -> name.toUpperCase(java.util.Locale.ROOT) + "A";
                  };
              if (NAME.matcher(miss).matches()) {
                return; // an insertion that happens to keep the grammar ('_' between letters)
              }
              refusedAsInvalidParameter(
                  miss, () -> RepositoryName.parse(miss), NAME_PATTERN_MESSAGE);
            });
  }

  @Test
  void repositoryNameParse_whenLengthOutside2To256_isRefusedWithLengthConstraint() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(257, 600))
        .checkAssert(
            length -> {
              String name = "a".repeat(length);
              refusedAsInvalidParameter(
                  name,
                  () -> RepositoryName.parse(name),
                  "Invalid parameter at 'repositoryName' failed to satisfy constraint: "
                      + "'Member must have length less than or equal to 256'");
            });
    refusedAsInvalidParameter(
        "a",
        () -> RepositoryName.parse("a"),
        "Invalid parameter at 'repositoryName' failed to satisfy constraint: "
            + "'Member must have length greater than or equal to 2'");
    assertThat(RepositoryName.parse("a".repeat(256)).value()).hasSize(256);
  }

  static Gen<String> validTags() {
    String set = "abcXYZ0189-_.";
    return longs()
        .all()
        .map(
            seed -> {
              Random random = new Random(seed);
              int length =
                  random.nextInt(10) == 0 ? 1 + random.nextInt(300) : 1 + random.nextInt(40);
              StringBuilder tag = new StringBuilder();
              for (int i = 0; i < length; i++) {
                tag.append(set.charAt(random.nextInt(set.length())));
              }
              return tag.toString();
            });
  }

  @Test
  void imageTagParse_whenTagOfEcrSet_roundTrips() {
    qt().withExamples(EXAMPLES)
        .forAll(validTags())
        .checkAssert(
            tag -> {
              assertThat(TAG.matcher(tag).matches()).isTrue();
              assertThat(ImageTag.parse(tag).value()).isEqualTo(tag);
            });
  }

  @Test
  void imageTagParse_whenNearMiss_isRefusedWithEcrWording() {
    String bad = ":/@ +!é\t";
    qt().withExamples(EXAMPLES)
        .forAll(validTags(), integers().between(0, 10_000))
        .checkAssert(
            (tag, at) -> {
              int position = at % (tag.length() + 1);
              String miss =
                  tag.substring(0, position)
                      + bad.charAt(at % bad.length())
                      + tag.substring(position);
              if (miss.length() > ImageTag.MAX_LENGTH) {
                return;
              }
              // carvel-kbld's documentation quotes ECR's refusal.
              refusedAsInvalidParameter(
                  miss,
                  () -> ImageTag.parse(miss),
                  "Invalid parameter at 'imageTag' failed to satisfy constraint: "
                      + "'must satisfy regular expression '[a-zA-Z0-9-_.]+''");
            });
    refusedAsInvalidParameter(
        "",
        () -> ImageTag.parse(""),
        "Invalid parameter at 'imageTag' failed to satisfy constraint: "
            + "'Member must have length greater than or equal to 1'");
    refusedAsInvalidParameter(
        "a".repeat(301),
        () -> ImageTag.parse("a".repeat(301)),
        "Invalid parameter at 'imageTag' failed to satisfy constraint: "
            + "'Member must have length less than or equal to 300'");
  }

  static Gen<String> validDigests() {
    return longs()
        .all()
        .map(
            seed -> {
              Random random = new Random(seed);
              StringBuilder digest = new StringBuilder("sha256:");
              for (int i = 0; i < 64; i++) {
                digest.append(HEX.charAt(random.nextInt(16)));
              }
              return digest.toString();
            });
  }

  @Test
  void imageDigestParse_whenCanonicalSha256_roundTrips() {
    qt().withExamples(EXAMPLES)
        .forAll(validDigests())
        .checkAssert(
            digest -> {
              ImageDigest parsed = ImageDigest.parse(digest);
              assertThat(parsed.value()).isEqualTo(digest);
              assertThat(parsed.hex()).hasSize(64);
            });
  }

  @Test
  void imageDigestParse_whenNearMiss_isRefused() {
    String ecrPattern =
        "Invalid parameter at 'imageDigest' failed to satisfy constraint: "
            + "'must satisfy regular expression '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+''";
    String canonical =
        "Invalid parameter at 'imageDigest' failed to satisfy constraint: '"
            + ImageDigest.CANONICAL_CONSTRAINT
            + "'";
    qt().withExamples(EXAMPLES)
        .forAll(validDigests(), integers().between(0, 6), integers().between(7, 70))
        .checkAssert(
            (digest, kind, at) -> {
              String miss =
                  switch (kind) {
                    // Inside ECR's pattern, not canonical: this project's wording.
                    case 0 -> digest.substring(0, at) + "A" + digest.substring(at + 1);
                    case 1 -> digest.substring(0, Math.max(at, 8)); // too short
                    case 2 -> digest + "0"; // too long
                    case 3 -> "sha512" + digest.substring(6);
                    // Outside ECR's pattern: ECR's wording (prowler-cloud/prowler#603).
                    case 4 -> digest.substring(0, at) + "g" + digest.substring(at + 1);
                    case 5 -> digest.replace(":", "");
                    default -> "sha256:";
                  };
              if (miss.equals(digest)) {
                return;
              }
              String expected = ECR_DIGEST.matcher(miss).matches() ? canonical : ecrPattern;
              assertThat(kind <= 3).isEqualTo(expected.equals(canonical));
              refusedAsInvalidParameter(miss, () -> ImageDigest.parse(miss), expected);
            });
  }

  @Test
  void imageDigestScanner_whenAnyText_agreesWithEcrPattern() {
    String letters = "sha256:0fAFgG+._-";
    Gen<String> texts =
        strings()
            .betweenCodePoints(0, letters.length() - 1)
            .ofLengthBetween(0, 12)
            .map(
                codes -> {
                  StringBuilder out = new StringBuilder();
                  codes.codePoints().forEach(c -> out.append(letters.charAt(c)));
                  return out.toString();
                });
    qt().withExamples(5 * EXAMPLES)
        .forAll(texts)
        .checkAssert(
            text ->
                assertThat(ImageDigest.matchesEcrPattern(text))
                    .as("'%s'", text)
                    .isEqualTo(ECR_DIGEST.matcher(text).matches()));
  }
}
