package dev.rehearsal.oidc.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.oidc.http.GitHubErrors;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a test changes in a minted token to rehearse a rejection: times ({@code iat}, {@code nbf},
 * {@code exp} in epoch seconds), another issuer, claims added or replaced, claims removed, and the
 * signing key ({@code "unpublished"} for a key no JWKS lists, or a {@code kid} of this issuer,
 * retired ones included).
 */
public record MintOverrides(
    Optional<Long> iat,
    Optional<Long> nbf,
    Optional<Long> exp,
    Optional<String> iss,
    Map<String, Object> claims,
    List<String> removeClaims,
    Optional<String> signingKey) {
  /** The {@code signing_key} value that asks for a key outside the JWKS. */
  public static final String UNPUBLISHED = "unpublished";

  private static final Set<String> MEMBERS =
      Set.of("iat", "nbf", "exp", "iss", "claims", "remove_claims", "signing_key");
  private static final ObjectMapper JSON = new ObjectMapper();

  public MintOverrides {
    claims = Map.copyOf(claims);
    removeClaims = List.copyOf(removeClaims);
  }

  public static MintOverrides none() {
    return new MintOverrides(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        List.of(),
        Optional.empty());
  }

  /** Reads the {@code overrides} member of a mint request; absent or null means none. */
  public static MintOverrides read(JsonNode node) {
    if (node == null || node.isNull()) {
      return none();
    }
    if (!node.isObject()) {
      throw GitHubErrors.validationFailed("'overrides' must be an object, got " + node);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name)) {
        throw GitHubErrors.validationFailed(
            "unknown member 'overrides." + name + "'; known members: " + MEMBERS);
      }
    }
    return new MintOverrides(
        epochSeconds(node, "iat"),
        epochSeconds(node, "nbf"),
        epochSeconds(node, "exp"),
        text(node, "iss"),
        claims(node.get("claims")),
        removeClaims(node.get("remove_claims")),
        text(node, "signing_key"));
  }

  private static Optional<Long> epochSeconds(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw GitHubErrors.validationFailed(
          "'overrides." + name + "' must be whole seconds since the epoch, got " + value);
    }
    return Optional.of(value.longValue());
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      throw GitHubErrors.validationFailed(
          "'overrides." + name + "' must be a non-blank string, got " + value);
    }
    return Optional.of(value.textValue());
  }

  private static Map<String, Object> claims(JsonNode node) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw GitHubErrors.validationFailed("'overrides.claims' must be an object, got " + node);
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            entry -> {
              if (entry.getValue().isNull()) {
                throw GitHubErrors.validationFailed(
                    "'overrides.claims." + entry.getKey() + "' is null; use remove_claims");
              }
              claims.put(entry.getKey(), JSON.convertValue(entry.getValue(), Object.class));
            });
    return claims;
  }

  private static List<String> removeClaims(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode name : node) {
      if (!name.isTextual()) {
        throw notClaimNames(node);
      }
      names.add(name.textValue());
    }
    if (!node.isArray()) {
      throw notClaimNames(node);
    }
    return names;
  }

  private static RuntimeException notClaimNames(JsonNode node) {
    return GitHubErrors.validationFailed(
        "'overrides.remove_claims' must be an array of claim names, got " + node);
  }
}
