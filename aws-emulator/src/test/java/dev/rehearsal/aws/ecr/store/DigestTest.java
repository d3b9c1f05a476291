package dev.rehearsal.aws.ecr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestTest {
  private static final String EMPTY_SHA256 =
      "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void sha256Of_whenEmpty_isTheWellKnownDigest() {
    assertThat(Digest.sha256Of(new byte[0]).toString()).isEqualTo(EMPTY_SHA256);
  }

  @Test
  void parse_whenValid_splitsAlgorithmAndHex() {
    Digest digest = Digest.parse(EMPTY_SHA256);

    assertThat(digest.algorithm()).isEqualTo("sha256");
    assertThat(digest.hex()).startsWith("e3b0c442").hasSize(64);
  }

  @Test
  void parse_whenAnyValidSha256OrSha512_roundTrips() {
    qt().forAll(longs().all(), arbitrary().pick("sha256", "sha512"))
        .checkAssert(
            (seed, algorithm) -> {
              String text = algorithm + ":" + randomHex(seed, hexLength(algorithm));
              assertThat(Digest.parse(text).toString()).isEqualTo(text);
            });
  }

  @Test
  void parse_whenNearMiss_refusesNamingTheValue() {
    qt().forAll(longs().all(), integers().between(0, 9))
        .checkAssert(
            (seed, kind) -> {
              String hex = randomHex(seed, 64);
              String text =
                  switch (kind) {
                    case 0 -> "sha256:" + hex.substring(0, 63) + "A"; // upper-case hex
                    case 1 -> "sha256:" + hex.toUpperCase().replace('0', 'F').replace('1', 'E');
                    case 2 -> "sha256:" + hex.substring(1); // 63 digits
                    case 3 -> "sha256:" + hex + "0"; // 65 digits
                    case 4 -> "md5:" + hex.substring(0, 32);
                    case 5 -> "sha384:" + randomHex(seed, 96);
                    case 6 -> "sha256" + hex; // no colon
                    case 7 -> "SHA256:" + hex;
                    case 8 -> "sha512:" + hex; // sha512 with a sha256's length
                    default -> "sha256:" + hex.substring(0, 63) + "g";
                  };
              assertThatThrownBy(() -> Digest.parse(text))
                  .isInstanceOfSatisfying(
                      RegistryException.class,
                      e -> {
                        assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.DIGEST_INVALID);
                        assertThat(e.errorCode()).isEqualTo(AwsErrorCode.ECR_INVALID_PARAMETER);
                        assertThat(e.getMessage()).contains(text);
                      });
            });
  }

  @Test
  void parse_whenEmptyOrNull_refuses() {
    assertThatThrownBy(() -> Digest.parse("")).isInstanceOf(RegistryException.class);
    assertThatThrownBy(() -> Digest.parse(null)).isInstanceOf(RegistryException.class);
    assertThatThrownBy(() -> Digest.parse("sha256:")).isInstanceOf(RegistryException.class);
  }

  @Test
  void of_whenSha512Bytes_formatsLowercaseHex() {
    byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
    Digest digest = Digest.of("sha512", Digest.newMessageDigest("sha512").digest(bytes));

    assertThat(digest.toString()).startsWith("sha512:ddaf35a193617aba").hasSize(7 + 128);
    assertThat(Digest.parse(digest.toString())).isEqualTo(digest);
  }

  private static int hexLength(String algorithm) {
    return algorithm.equals("sha256") ? 64 : 128;
  }

  private static String randomHex(long seed, int digits) {
    byte[] bytes = new byte[digits / 2];
    new Random(seed).nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
