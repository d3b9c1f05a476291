package dev.rehearsal.aws.state;

import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The emulator's data directory: every file is written atomically through {@link AtomicFiles}
 * (temporary file, fsync, rename, fsync of the directory) and readable by its owner only, so that a
 * crash leaves either the old or the new content and no other user reads a key. A temporary file
 * that a crash left behind is removed when the directory is opened.
 */
public final class DataDirectory {
  private final Path root;

  public DataDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
      AtomicFiles.cleanStale(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + this.root, e);
    }
  }

  public Path root() {
    return root;
  }

  public Optional<byte[]> read(String name) {
    Path file = root.resolve(name);
    try {
      return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Replaces {@code name} with {@code content} atomically, mode 0600. */
  public void write(String name, byte[] content) {
    Path target = root.resolve(name);
    try {
      AtomicFiles.write(target, content, AtomicFiles.OWNER_ONLY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
    }
  }

  /** Removes {@code name} if it exists; the directory is synced so the removal survives a crash. */
  public void delete(String name) {
    try {
      AtomicFiles.delete(root.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root.resolve(name), e);
    }
  }

  /**
   * The secret of {@code length} random bytes kept in {@code name}, generated on first use: keys
   * are per data directory, never shipped.
   */
  public synchronized byte[] secret(String name, int length) {
    Optional<byte[]> existing = read(name);
    if (existing.isPresent() && existing.get().length == length) {
      return existing.get();
    }
    byte[] secret = new byte[length];
    new SecureRandom().nextBytes(secret);
    write(name, secret);
    return secret;
  }
}
