package dev.rehearsal.cli.world;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code world.json} in the data directory says of a running world: the CLI's pid, and each
 * emulator's pid and address. {@code down} and {@code token} read it; {@code up} writes it once
 * both emulators answer, and again with {@code page}, the address of the page it serves (null
 * without one: {@code --no-page}, or a world started before there was a page).
 */
public record WorldRecord(
    long pid, Endpoint oidc, Endpoint aws, String caFile, String started, String page) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A world without a page. */
  public WorldRecord(long pid, Endpoint oidc, Endpoint aws, String caFile, String started) {
    this(pid, oidc, aws, caFile, started, null);
  }

  /** This record, with the page served at {@code url}. */
  public WorldRecord withPage(String url) {
    return new WorldRecord(pid, oidc, aws, caFile, started, url);
  }

  /** The page's address, when the world serves one. */
  public Optional<String> pageUrl() {
    return Optional.ofNullable(page);
  }

  /** One emulator of the world. */
  public record Endpoint(long pid, int port, String url) {}

  /** The text {@code world.json} holds. */
  String json() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("A record of strings and numbers always renders", e);
    }
  }

  /** Writes {@code text}, this record's {@link #json()}, to {@code file} atomically (0600). */
  void write(Path file, String text) {
    try {
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The record of the world last started in {@code data}, if any. */
  public static Optional<WorldRecord> read(DataDirectory data) {
    Path file = data.worldFile();
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), WorldRecord.class));
    } catch (IOException e) {
      throw new UserError(
          file + " is damaged (" + e.getMessage() + "); remove it and run up again");
    }
  }

  /**
   * The world running on {@code data}.
   *
   * @throws UserError "no world is running on DIR" followed by {@code otherwise}, what to do
   */
  public static WorldRecord running(DataDirectory data, String otherwise) {
    return read(data)
        .filter(WorldRecord::running)
        .orElseThrow(() -> new UserError("no world is running on " + data.root() + otherwise));
  }

  /** Whether the CLI that started this world still runs. */
  public boolean running() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
