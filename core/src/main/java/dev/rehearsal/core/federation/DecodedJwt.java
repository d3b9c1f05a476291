package dev.rehearsal.core.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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

  /**
   * The claims as a tree; for a token {@link #built} from flat claims, made only when someone asks
   * for the tree (a racy second making gives an equal tree, never seen changed).
   */
  private volatile ObjectNode claims;

  /** Flat claims (names, and String or Long values), or null when built from a tree. */
  private final String[] names;

  private final Object[] values;
  private final Supplier<String> signingInputSource;
  private final Function<ObjectNode, String> signingInputOfClaims;
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
    this.names = null;
    this.values = null;
    this.signingInputSource = signingInput;
    this.signingInputOfClaims = null;
    this.signature = signature;
  }

  private DecodedJwt(
      ObjectNode header,
      String[] names,
      Object[] values,
      Function<ObjectNode, String> signingInput,
      byte[] signature) {
    this.header = header;
    this.names = names;
    this.values = values;
    this.signingInputSource = null;
    this.signingInputOfClaims = signingInput;
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

  /**
   * A token its caller built decoded from flat claims: {@code names[i]} has {@code values[i]}, a
   * {@link String} or a {@link Long} (an int node when it fits an int, as Jackson reads numbers
   * back). The claims' tree is made only if someone asks for it: STS's rules read a few claims,
   * which are found in the arrays. The arrays, like the header and signature, are taken as they are
   * and must never change afterwards; {@code signingInput} gives the signing input from the claims'
   * tree, when first asked.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a value is neither a
   *     String nor a Long
   */
  public static DecodedJwt built(
      ObjectNode header,
      String[] names,
      Object[] values,
      Function<ObjectNode, String> signingInput,
      byte[] signature) {
    if (names.length != values.length) {
      throw new IllegalArgumentException(
          names.length + " claim names but " + values.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] instanceof String) && !(values[i] instanceof Long)) {
        throw new IllegalArgumentException(
            "claim " + names[i] + " is neither a String nor a Long: " + values[i]);
      }
    }
    return new DecodedJwt(
        Objects.requireNonNull(header, "header"),
        names,
        values,
        Objects.requireNonNull(signingInput, "signingInput"),
        Objects.requireNonNull(signature, "signature"));
  }

  /** The claims' tree, made from the flat claims the first time it is needed. */
  private ObjectNode tree() {
    ObjectNode tree = claims;
    if (tree == null) {
      tree = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < names.length; i++) {
        tree.set(names[i], node(values[i]));
      }
      claims = tree;
    }
    return tree;
  }

  private static JsonNode node(Object value) {
    if (value instanceof Long number) {
      long n = number;
      return n == (int) n
          ? JsonNodeFactory.instance.numberNode((int) n)
          : JsonNodeFactory.instance.numberNode(n);
    }
    return JsonNodeFactory.instance.textNode((String) value);
  }

  /** A flat claim's index, or -1: the names are the callers' literals, so identity first. */
  private int index(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  public ObjectNode header() {
    return header.deepCopy();
  }

  public ObjectNode claims() {
    return tree().deepCopy();
  }

  /** The text the signature signs: {@code base64url(header) "." base64url(claims)}. */
  public String signingInput() {
    String text = signingInput;
    if (text == null) {
      text =
          Objects.requireNonNull(
              signingInputSource != null
                  ? signingInputSource.get()
                  : signingInputOfClaims.apply(tree().deepCopy()),
              "signingInput");
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
    if (names != null) {
      int i = index(name);
      return i < 0 ? Optional.empty() : Optional.of(node(values[i]));
    }
    return Optional.ofNullable(claims.get(name)).map(JsonNode::deepCopy);
  }

  /**
   * A claim as a condition key's values (IAM: one value, or one per element of an array), or null
   * when absent, null or an object; for this package's readers.
   */
  List<String> claimValues(String name) {
    if (names != null) {
      int i = index(name);
      return i < 0 ? null : List.of(values[i].toString());
    }
    JsonNode claim = claims.get(name);
    if (claim == null || claim.isNull() || claim.isObject()) {
      return null;
    }
    if (!claim.isArray()) {
      return List.of(claim.asText());
    }
    List<String> values = new ArrayList<>();
    claim.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The JSON type of a claim, as the rules that require claims read it. */
  enum ClaimShape {
    /** Absent, or JSON {@code null}: most JWT libraries read both as missing. */
    ABSENT,
    STRING,
    NUMBER,
    /** A non-empty array whose every element is a string ({@code aud}, RFC 7519 4.1.3). */
    STRINGS,
    /** Anything else: an object, a boolean, an empty or mixed array. */
    OTHER
  }

  /** The JSON type of claim {@code name}; no copy, no tree made for flat claims. */
  ClaimShape shape(String name) {
    if (names != null) {
      int i = index(name);
      return i < 0
          ? ClaimShape.ABSENT
          : values[i] instanceof String ? ClaimShape.STRING : ClaimShape.NUMBER;
    }
    JsonNode claim = claims.get(name);
    if (claim == null || claim.isNull()) {
      return ClaimShape.ABSENT;
    }
    if (claim.isTextual()) {
      return ClaimShape.STRING;
    }
    if (claim.isNumber()) {
      return ClaimShape.NUMBER;
    }
    if (claim.isArray() && !claim.isEmpty()) {
      for (JsonNode element : claim) {
        if (!element.isTextual()) {
          return ClaimShape.OTHER;
        }
      }
      return ClaimShape.STRINGS;
    }
    return ClaimShape.OTHER;
  }

  /** A claim that must be a string ({@code iss}, {@code sub}), or empty. */
  public Optional<String> stringClaim(String name) {
    if (names != null) {
      int i = index(name);
      return i >= 0 && values[i] instanceof String text ? Optional.of(text) : Optional.empty();
    }
    return text(claims, name);
  }

  /**
   * A NumericDate claim ({@code exp}, {@code nbf}, {@code iat}: RFC 7519 section 2) in whole
   * seconds, or empty when absent or not a number.
   */
  public Optional<Long> numericDate(String name) {
    if (names != null) {
      int i = index(name);
      return i >= 0 && values[i] instanceof Long n ? Optional.of(n) : Optional.empty();
    }
    JsonNode node = claims.get(name);
    return node != null && node.isNumber() ? Optional.of(node.asLong()) : Optional.empty();
  }

  /** The {@code aud} claim, which RFC 7519 section 4.1.3 allows as one string or an array. */
  public List<String> audiences() {
    if (names != null) {
      int i = index("aud");
      return i >= 0 && values[i] instanceof String text ? List.of(text) : List.of();
    }
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
        && tree().equals(other.tree())
        && signingInput().equals(other.signingInput())
        && Arrays.equals(signature, other.signature);
  }

  @Override
  public int hashCode() {
    return 31 * signingInput().hashCode() + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "DecodedJwt[header=" + header + ", claims=" + tree() + "]";
  }
}
