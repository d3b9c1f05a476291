package dev.rehearsal.aws.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * The emulator's data directory: every file is written atomically (temporary file, fsync, rename,
 * fsync of the directory) and readable by its owner only, so that a crash leaves either the old or
 * the new content and no other user reads a key.
 */
public final class DataDirectory {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Path root;

  public DataDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
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
    Path temp = root.resolve("." + name + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            temp,
            Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE),
            PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + temp, e);
    }
    try {
      Files.setPosixFilePermissions(temp, OWNER_ONLY);
      moveAtomically(temp, target);
      syncDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target, e);
    }
  }

  /** Removes {@code name} if it exists; the directory is synced so the removal survives a crash. */
  public void delete(String name) {
    try {
      Files.deleteIfExists(root.resolve(name));
      syncDirectory();
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

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the data directory's file system cannot rename atomically", e);
    }
  }

  private void syncDirectory() {
    try (FileChannel dir = FileChannel.open(root, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some file systems refuse to open a directory for sync; the rename is still atomic.
    }
  }
}
