package dev.rehearsal.provisioner.direct;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rehearsal.core.storage.AtomicFiles;
import dev.rehearsal.provisioner.ProvisionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The state record's file: JSON, replaced atomically after every resource so that a crash leaves
 * the last complete record; readable by others (0644), since it holds names and policies, nothing
 * secret.
 */
final class StateFile {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path path;

  StateFile(Path path) {
    this.path = path.toAbsolutePath();
  }

  Path path() {
    return path;
  }

  Optional<StackState> read() {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    StackState state;
    try {
      state = JSON.readValue(path.toFile(), StackState.class);
    } catch (IOException | RuntimeException e) {
      throw new ProvisionException(
          "StateUnreadable",
          "The state record "
              + path
              + " cannot be read ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): restore it, or give another --state file");
    }
    if (state.version() != StackState.VERSION) {
      throw new ProvisionException(
          "StateUnreadable",
          "The state record "
              + path
              + " has layout version "
              + state.version()
              + ", this provisioner reads version "
              + StackState.VERSION);
    }
    return Optional.of(state);
  }

  void write(StackState state) {
    try {
      Files.createDirectories(path.getParent());
      AtomicFiles.write(path, JSON.writeValueAsBytes(state), AtomicFiles.READABLE);
    } catch (IOException e) {
      throw new ProvisionException(
          "StateUnwritable", "Cannot write the state record " + path + ": " + e.getMessage());
    }
  }

  void delete() {
    try {
      AtomicFiles.delete(path);
    } catch (IOException e) {
      throw new ProvisionException(
          "StateUnwritable", "Cannot remove the state record " + path + ": " + e.getMessage());
    }
  }
}
