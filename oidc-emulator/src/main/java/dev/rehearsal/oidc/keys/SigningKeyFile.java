package dev.rehearsal.oidc.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.oidc.http.Json;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.tls.Certificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code signing-keys.json} (0600): every key ever made, retired ones too. */
final class SigningKeyFile {
  private SigningKeyFile() {}

  static List<SigningKey> read(DataDirectory dir) {
    Optional<String> text = dir.read(DataDirectory.SIGNING_KEYS);
    if (text.isEmpty()) {
      return List.of();
    }
    try {
      List<SigningKey> keys = new ArrayList<>();
      for (JsonNode node : Json.MAPPER.readTree(text.get()).path("keys")) {
        SigningKey fresh =
            SigningKey.create(
                Certificates.readPrivateKey(node.get("private_key").asText()),
                Certificates.readCertificates(node.get("certificate").asText()).get(0),
                Instant.parse(node.get("created_at").asText()));
        keys.add(
            new SigningKey(
                fresh.kid(),
                fresh.x5t(),
                fresh.privateKey(),
                fresh.certificate(),
                fresh.createdAt(),
                instant(node, "superseded_at"),
                instant(node, "grace_until"),
                instant(node, "retired_at")));
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable " + dir.file(DataDirectory.SIGNING_KEYS), e);
    }
  }

  static void write(DataDirectory dir, List<SigningKey> keys) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode array = root.putArray("keys");
    for (SigningKey key : keys) {
      ObjectNode node = array.addObject();
      node.put("kid", key.kid());
      node.put("created_at", key.createdAt().toString());
      key.supersededAt().ifPresent(at -> node.put("superseded_at", at.toString()));
      key.graceUntil().ifPresent(at -> node.put("grace_until", at.toString()));
      key.retiredAt().ifPresent(at -> node.put("retired_at", at.toString()));
      node.put("certificate", Certificates.pem(key.certificate()));
      node.put("private_key", Certificates.pem(key.privateKey()));
    }
    dir.writeSecret(DataDirectory.SIGNING_KEYS, root.toPrettyString());
  }

  private static Optional<Instant> instant(JsonNode node, String field) {
    return node.hasNonNull(field)
        ? Optional.of(Instant.parse(node.get(field).asText()))
        : Optional.empty();
  }
}
