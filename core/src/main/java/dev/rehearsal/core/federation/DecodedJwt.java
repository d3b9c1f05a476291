package dev.rehearsal.core.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A compact-serialised JWS split into its parts, header and claims decoded but nothing verified.
 * The signature is checked elsewhere (against the issuer's JWKS, fetched over HTTPS); the rules of
 * {@link WebIdentityRules} consume only its verdict.
 *
 * <p>A value: the trees are copied in and out. Not a record, so that {@link #built} can hand over
 * trees its caller just made without a copy, and give the signing input only when asked (a token
 * that {@code rehearse check} builds is never verified, so its text would be written for nothing).
 */
public final class DecodedJwt {
  private final ObjectNode header;
  private final ObjectNode claims;
  private final Supplier<String> signingInputSource;
  private final byte[] signature;

  /** Written once when first asked; a String, so a racy second computation is harmless. */
  private String signingInput;

  public DecodedJwt(ObjectNode header, ObjectNode claims, String signingInput, byte[] signature) {
    this(header.deepCopy(), claims.deepCopy(), (Supplier<String>) null, signature.clone());
    this.signingInput = Objects.requireNonNull(signingInput, "signingInput");
  }

  private DecodedJwt(
      ObjectNode header, ObjectNode claims, Supplier<String> signingInput, byte[] signature) {
    this.header = header;
    this.claims = claims;
    this.signingInputSource = signingInput;
    this.signature = signature;
  }

  /**
   * A token its caller built decoded: the trees and the signature are taken as they are, so the
   * caller must never change them afterwards; {@code signingInput} gives the text of {@code
   * base64url(header) "." base64url(claims)} that these trees encode, when first asked.
   */
  public static DecodedJwt built(
      ObjectNode header, ObjectNode claims, Supplier<String> signingInput, byte[] signature) {
    return new DecodedJwt(
        Objects.requireNonNull(header, "header"),
        Objects.requireNonNull(claims, "claims"),
        Objects.requireNonNull(signingInput, "signingInput"),
        Objects.requireNonNull(signature, "signature"));
  }

  public ObjectNode header() {
    return header.deepCopy();
  }

  public ObjectNode claims() {
    return claims.deepCopy();
  }

  /** The text the signature signs: {@code base64url(header) "." base64url(claims)}. */
  public String signingInput() {
    String text = signingInput;
    if (text == null) {
      text = Objects.requireNonNull(signingInputSource.get(), "signingInput");
      signingInput = text;
    }
    return text;
  }

  public byte[] signature() {
    return signature.clone();
  }

  /** The {@code alg} header, or empty when absent or not a string. */
  public Optional<String> algorithm() {
    return text(header, "alg");
  }

  /** The {@code kid} header, or empty when absent or not a string. */
  public Optional<String> keyId() {
    return text(header, "kid");
  }

  /**
   * One claim as the token carries it, or empty; a copy, like {@link #claims()}, but of one value
   * only: the condition keys read claims one by one on every STS call.
   */
  public Optional<JsonNode> claim(String name) {
    return Optional.ofNullable(claims.get(name)).map(JsonNode::deepCopy);
  }

  /** One claim, not copied, or null: for this package's readers, which never change it. */
  JsonNode claimNode(String name) {
    return claims.get(name);
  }

  /** A claim that must be a string ({@code iss}, {@code sub}), or empty. */
  public Optional<String> stringClaim(String name) {
    return text(claims, name);
  }

  /**
   * A NumericDate claim ({@code exp}, {@code nbf}, {@code iat}: RFC 7519 section 2) in whole
   * seconds, or empty when absent or not a number.
   */
  public Optional<Long> numericDate(String name) {
    JsonNode node = claims.get(name);
    return node != null && node.isNumber() ? Optional.of(node.asLong()) : Optional.empty();
  }

  /** The {@code aud} claim, which RFC 7519 section 4.1.3 allows as one string or an array. */
  public List<String> audiences() {
    JsonNode aud = claims.get("aud");
    if (aud == null) {
      return List.of();
    }
    if (aud.isTextual()) {
      return List.of(aud.asText());
    }
    List<String> values = new ArrayList<>();
    if (aud.isArray()) {
      aud.forEach(v -> values.add(v.asText()));
    }
    return List.copyOf(values);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecodedJwt other
        && header.equals(other.header)
        && claims.equals(other.claims)
        && signingInput().equals(other.signingInput())
        && Arrays.equals(signature, other.signature);
  }

  @Override
  public int hashCode() {
    return 31 * signingInput().hashCode() + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "DecodedJwt[header=" + header + ", claims=" + claims + "]";
  }
}
