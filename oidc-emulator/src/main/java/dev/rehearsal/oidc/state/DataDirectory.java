package dev.rehearsal.oidc.state;

import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The emulator's data directory: every file it keeps, written atomically through core's {@link
 * AtomicFiles} (temporary file, fsync, rename, fsync of the directory; refused where the file
 * system cannot rename atomically) so that a crash never leaves half a key or half a state file
 * behind. Temporary files are created 0600, never wider than the file they become.
 */
public record DataDirectory(Path root) {
  public static final String CA_CERTIFICATE = "ca.pem";
  public static final String CA_KEY = "ca-key.pem";
  public static final String TLS_CHAIN = "tls-chain.pem";
  public static final String TLS_KEY = "tls-key.pem";
  public static final String SIGNING_KEYS = "signing-keys.json";
  public static final String ADMIN_TOKEN = "admin-token";
  public static final String JOBS = "jobs.json";
  public static final String SUBJECT_TEMPLATES = "subject-templates.json";
  public static final String PORT = "port";

  private static final Set<PosixFilePermission> SECRET = AtomicFiles.OWNER_ONLY;
  private static final Set<PosixFilePermission> PUBLIC = AtomicFiles.READABLE;

  public DataDirectory {
    root = root.toAbsolutePath().normalize();
  }

  /**
   * Creates the directory (0700) if missing, and removes the temporary files that a crash left
   * behind in it (never those of a write in progress).
   */
  public DataDirectory create() {
    try {
      if (!Files.isDirectory(root)) {
        Files.createDirectories(root);
        setPermissions(root, PosixFilePermissions.fromString("rwx------"));
      }
      AtomicFiles.cleanStale(root);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + root, e);
    }
  }

  public Path file(String name) {
    return root.resolve(name);
  }

  public boolean exists(String name) {
    return Files.isRegularFile(file(name));
  }

  public Optional<String> read(String name) {
    Path path = file(name);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /** Writes a file only its owner may read (keys, tokens, state naming request tokens). */
  public void writeSecret(String name, String content) {
    write(name, content, SECRET);
  }

  /** Writes a file anyone may read (the CA certificate, the port). */
  public void writePublic(String name, String content) {
    write(name, content, PUBLIC);
  }

  private void write(String name, String content, Set<PosixFilePermission> permissions) {
    Path target = file(name);
    try {
      AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8), permissions);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static void setPermissions(Path path, Set<PosixFilePermission> permissions)
      throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }
}
