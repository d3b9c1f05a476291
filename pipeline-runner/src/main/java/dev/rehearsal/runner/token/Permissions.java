package dev.rehearsal.runner.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A job's {@code permissions:} as the workflow gives them, already evaluated: the shorthand {@code
 * read-all} / {@code write-all}, or scopes ({@code id-token: write}, {@code contents: read}, …).
 * Only {@code id-token: write} (or {@code write-all}) gives the job a token request token, exactly
 * as on GitHub (docs.github.com, "OpenID Connect": "You won't be able to request the OIDC JWT ID
 * token if the permissions for id-token is not set to write").
 */
public record Permissions(Optional<String> shorthand, Map<String, String> scopes) {
  public Permissions {
    scopes = Map.copyOf(new TreeMap<>(scopes));
    if (shorthand.isPresent() && !scopes.isEmpty()) {
      throw new IllegalArgumentException("permissions are a shorthand or scopes, not both");
    }
  }

  public static Permissions of(Map<String, String> scopes) {
    return new Permissions(Optional.empty(), scopes);
  }

  public static Permissions writeAll() {
    return new Permissions(Optional.of("write-all"), Map.of());
  }

  public static Permissions readAll() {
    return new Permissions(Optional.of("read-all"), Map.of());
  }

  /** No {@code permissions:} block at all: no {@code id-token} scope. */
  public static Permissions none() {
    return of(Map.of());
  }

  public boolean idTokenWrite() {
    return shorthand.map("write-all"::equals).orElse("write".equals(scopes.get("id-token")));
  }

  JsonNode json() {
    if (shorthand.isPresent()) {
      return JsonNodeFactory.instance.textNode(shorthand.get());
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    scopes.forEach(node::put);
    return node;
  }
}
