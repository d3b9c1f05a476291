package dev.rehearsal.cli.daemonless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * docker's {@code config.json} in {@code DOCKER_CONFIG} (else {@code ~/.docker}), as {@code docker
 * login} writes it without a credential store: {@code auths.<registry>.auth} is the base64 of
 * {@code user:password} (docker/cli {@code cli/config/configfile}). The stand-in's login writes it,
 * its push reads it, its logout removes the entry: what the runner's {@code DOCKER_CONFIG} holds
 * after each step is what docker would leave there.
 */
final class DockerConfig {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A registry's login: user and password. */
  record Login(String username, String password) {}

  private final Path file;

  DockerConfig(Path directory) {
    this.file = directory.resolve("config.json");
  }

  /** The configuration {@code environment} names, a relative one in {@code workingDirectory}. */
  static DockerConfig of(Map<String, String> environment, Path workingDirectory) {
    String directory = environment.getOrDefault("DOCKER_CONFIG", "");
    return new DockerConfig(
        directory.isEmpty()
            ? Path.of(System.getProperty("user.home"), ".docker")
            : workingDirectory.resolve(directory));
  }

  Path file() {
    return file;
  }

  void login(String registry, Login login) {
    ObjectNode config = read();
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    ObjectNode auths =
        config.get("auths") instanceof ObjectNode existing ? existing : config.putObject("auths");
    auths.putObject(registry).put("auth", auth);
    write(config);
  }

  /** Removes the registry's login; whether there was one. */
  boolean logout(String registry) {
    ObjectNode config = read();
    JsonNode auths = config.path("auths");
    if (!(auths instanceof ObjectNode entries) || entries.remove(registry) == null) {
      return false;
    }
    write(config);
    return true;
  }

  Optional<Login> login(String registry) {
    JsonNode auth = read().path("auths").path(registry).path("auth");
    if (!auth.isTextual()) {
      return Optional.empty();
    }
    String decoded =
        new String(Base64.getMimeDecoder().decode(auth.asText()), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : Optional.of(new Login(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  private ObjectNode read() {
    if (!Files.exists(file)) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return node instanceof ObjectNode object ? object : JSON.createObjectNode();
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void write(ObjectNode config) {
    try {
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, JSON.writeValueAsBytes(config));
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
