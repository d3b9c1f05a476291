package dev.rehearsal.core.federation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Splits and decodes a JWT in the JWS compact serialisation (RFC 7515 section 7.1): three base64url
 * parts without padding. Anything else is not a token STS can validate.
 */
public final class JwtDecoder {
  // Trailing bytes after the JSON object make a part invalid, not silently ignored.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

  private JwtDecoder() {}

  /**
   * @return the decoded token, or empty when the text is not a compact JWS whose header and payload
   *     are JSON objects
   */
  public static Optional<DecodedJwt> decode(String token) {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (first <= 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
      return Optional.empty();
    }
    try {
      ObjectNode header = object(token.substring(0, first));
      ObjectNode claims = object(token.substring(first + 1, second));
      byte[] signature = BASE64URL.decode(token.substring(second + 1));
      if (header == null || claims == null) {
        return Optional.empty();
      }
      return Optional.of(new DecodedJwt(header, claims, token.substring(0, second), signature));
    } catch (IllegalArgumentException | JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static ObjectNode object(String part) throws JsonProcessingException {
    if (part.indexOf('=') >= 0) {
      return null; // RFC 7515 section 2: base64url without padding
    }
    JsonNode node = JSON.readTree(new String(BASE64URL.decode(part), StandardCharsets.UTF_8));
    return node instanceof ObjectNode object ? object : null;
  }
}
