package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtDecoderTest {
  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decode_whenCompactJws_splitsHeaderClaimsAndSigningInput_perRfc7515Section7_1() {
    String header = b64("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}");
    String claims = b64("{\"iss\":\"https://token.actions.githubusercontent.com\",\"exp\":17}");
    String token = header + "." + claims + ".c2ln";

    DecodedJwt jwt = JwtDecoder.decode(token).orElseThrow();

    assertThat(jwt.algorithm()).contains("RS256");
    assertThat(jwt.keyId()).contains("k1");
    assertThat(jwt.stringClaim("iss")).contains("https://token.actions.githubusercontent.com");
    assertThat(jwt.numericDate("exp")).contains(17L);
    assertThat(jwt.signingInput()).isEqualTo(header + "." + claims);
    assertThat(jwt.signature()).isEqualTo("sig".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decode_whenAudIsArray_returnsEveryAudience_perRfc7519Section4_1_3() {
    String token = b64("{\"alg\":\"RS256\"}") + "." + b64("{\"aud\":[\"a\",\"b\"]}") + ".";
    assertThat(JwtDecoder.decode(token).orElseThrow().audiences()).containsExactly("a", "b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "a.b",
        "a.b.c.d",
        ".e30.",
        "e30..",
        "e30.e30=.",
        "e30.W10.", // payload is an array, not an object
        "e30.e30.!!!", // signature not base64url
        "eyJhIjoxfXg.e30." // trailing bytes after the header object
      })
  void decode_whenNotACompactJwsOfJsonObjects_isEmpty(String token) {
    assertThat(JwtDecoder.decode(token)).isEmpty();
  }

  @Test
  void decode_neverThrows_onArbitraryText() {
    qt().withExamples(1000).forAll(Gens.anyString(1000)).checkAssert(JwtDecoder::decode);
  }

  @Test
  void decode_neverThrows_onArbitraryDottedBase64() {
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    qt().withExamples(1000)
        .forAll(Gens.bytes(1000), Gens.bytes(1000), Gens.bytes(1000))
        .checkAssert(
            (header, payload, signature) ->
                JwtDecoder.decode(
                    enc.encodeToString(header)
                        + "."
                        + enc.encodeToString(payload)
                        + "."
                        + enc.encodeToString(signature)));
  }
}
