package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where a local world keeps its state: one folder per emulator (keys, CA, IAM state…), their logs,
 * and the record of the running processes. Created 0700, since it holds private keys; marked with a
 * layout version so that a newer or older rehearse refuses it instead of misreading it.
 */
public record DataDirectory(Path root) {
  /** The layout this build writes; bump when the files inside change incompatibly. */
  static final String LAYOUT = "1";

  static final String LAYOUT_FILE = "layout-version";

  /** {@code --data}, else {@code $REHEARSAL_DATA}, else {@code ~/.rehearsal}: one per user. */
  public static DataDirectory resolve(Optional<Path> option) {
    return new DataDirectory(
        option
            .or(() -> Optional.ofNullable(System.getenv("REHEARSAL_DATA")).map(Path::of))
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".rehearsal"))
            .toAbsolutePath()
            .normalize());
  }

  public Path emulatorHome(Emulator emulator) {
    return root.resolve(emulator.folder());
  }

  public Path log(Emulator emulator) {
    return root.resolve("logs").resolve(emulator.folder() + ".log");
  }

  /** Where the emulator writes its port once it is ready (both emulators call the file "port"). */
  public Path portFile(Emulator emulator) {
    return emulatorHome(emulator).resolve("port");
  }

  public Path worldFile() {
    return root.resolve("world.json");
  }

  public Path lockFile() {
    return root.resolve("world.lock");
  }

  /** Creates the folders (0700) or checks that an existing one has this build's layout. */
  public void prepare() {
    try {
      Path marker = root.resolve(LAYOUT_FILE);
      if (Files.exists(marker)) {
        String found = Files.readString(marker, StandardCharsets.UTF_8).strip();
        if (!found.equals(LAYOUT)) {
          throw new UserError(
              "the data directory "
                  + root
                  + " has layout version "
                  + found
                  + ", this rehearse writes version "
                  + LAYOUT
                  + ": use another --data directory, or remove this one to start afresh");
        }
      } else if (Files.isDirectory(root) && hasForeignFiles()) {
        throw new UserError(
            root + " is not empty and is not a rehearse data directory: choose another --data");
      }
      createPrivate(root);
      AtomicFiles.cleanStale(root); // what a crash while writing world.json left behind
      createPrivate(root.resolve("logs"));
      for (Emulator emulator : Emulator.values()) {
        createPrivate(emulatorHome(emulator));
      }
      if (!Files.exists(marker)) {
        // once: an fsync on every start costs time
        AtomicFiles.write(marker, (LAYOUT + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UserError("cannot prepare the data directory " + root + ": " + e.getMessage(), e);
    }
  }

  /** Refuses a folder that holds files but is not a data directory: never deleted by mistake. */
  void checkOwned() {
    try {
      if (!Files.exists(root.resolve(LAYOUT_FILE))
          && Files.isDirectory(root)
          && hasForeignFiles()) {
        throw new UserError(
            root + " is not a rehearse data directory (no " + LAYOUT_FILE + "): left as it is");
      }
    } catch (IOException e) {
      throw new UserError("cannot read " + root + ": " + e.getMessage(), e);
    }
  }

  /** Deletes everything in the folder but its lock file, which the caller holds. */
  void clear() {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!path.equals(root) && !path.equals(lockFile())) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      throw new UserError("cannot empty the data directory " + root + ": " + e.getMessage(), e);
    }
  }

  private boolean hasForeignFiles() throws IOException {
    try (var files = Files.list(root)) {
      return files.findAny().isPresent();
    }
  }

  private static void createPrivate(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
