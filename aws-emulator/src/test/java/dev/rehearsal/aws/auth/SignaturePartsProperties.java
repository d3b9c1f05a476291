package dev.rehearsal.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SigV4 {@code Authorization} header parser ("Signing AWS API requests", header form). */
class SignaturePartsProperties {
  private static IncomingRequest request(String authorization, String amzDate) {
    return new IncomingRequest(
        "POST",
        "/",
        Map.of(),
        amzDate == null
            ? Map.of("authorization", List.of(authorization))
            : Map.of("authorization", List.of(authorization), "x-amz-date", List.of(amzDate)),
        new byte[0]);
  }

  /** Any text over the BMP (lone surrogate halves included), up to 255 characters. */
  @Test
  void fromHeader_anyTextParsesOrIsIncompleteSignature() {
    qt().withExamples(1000)
        .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 255))
        .checkAssert(
            authorization -> {
              try {
                SignatureParts.fromHeader(
                    authorization, request(authorization, "20261125T120000Z"));
              } catch (RehearsalException e) {
                assertThat(e.errorCode()).isEqualTo(AwsErrorCode.INCOMPLETE_SIGNATURE);
              }
            });
  }

  @Test
  void fromHeader_readsScopeSignedHeadersAndTime() {
    String header =
        "AWS4-HMAC-SHA256 Credential=test/20261125/us-east-1/sts/aws4_request,"
            + " SignedHeaders=content-type;host;x-amz-date, Signature=abc123";

    SignatureParts parts = SignatureParts.fromHeader(header, request(header, "20261125T120000Z"));

    assertThat(parts.accessKeyId()).isEqualTo("test");
    assertThat(parts.region()).isEqualTo("us-east-1");
    assertThat(parts.service()).isEqualTo("sts");
    assertThat(parts.signedHeaders()).containsExactly("content-type", "host", "x-amz-date");
    assertThat(parts.signature()).isEqualTo("abc123");
    assertThat(parts.signedAt()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
    assertThat(parts.presigned()).isFalse();
  }

  @Test
  void fromHeader_whenEverythingMissing_listsEachMissingElement_asAwsDoes() {
    String header = "AWS4-HMAC-SHA256 Foo=bar";

    assertThatThrownBy(() -> SignatureParts.fromHeader(header, request(header, null)))
        .hasMessage(
            "Authorization header requires 'Credential' parameter. Authorization header requires"
                + " 'Signature' parameter. Authorization header requires 'SignedHeaders'"
                + " parameter. Authorization header requires existence of either a 'X-Amz-Date'"
                + " or a 'Date' header. Authorization=AWS4-HMAC-SHA256 Foo=bar");
  }
}
