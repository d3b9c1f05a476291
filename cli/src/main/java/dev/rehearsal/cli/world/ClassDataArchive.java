package dev.rehearsal.cli.world;

import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM class-data archive (CDS, JEP 350) per emulator in the data directory: the first start
 * records the classes it loads and the JVM writes them when the emulator exits; later starts map
 * them instead of loading and verifying each class again, which takes start-up from ~1.3 s to ~0.8
 * s here. An archive older than the jar is recorded anew; one the JVM cannot use (another JDK) is
 * ignored by the JVM itself ({@code -Xshare:auto}).
 *
 * <p>A data directory's archive, once made, is also copied next to the jar ({@code
 * <module>/target/cds/}), where a fresh data directory finds it: its first start then maps the
 * classes too instead of recording them (~0.7 s less per emulator). Only a finished archive is
 * copied (the data directory's lock means no emulator of it is writing one), by an atomic rename;
 * where the installation is read-only, each data directory keeps its own.
 *
 * @param file this data directory's archive
 * @param shared the archive next to the jar
 */
record ClassDataArchive(Path file, Path shared) {
  static ClassDataArchive of(DataDirectory data, Emulator emulator, Path jar) {
    String name = emulator.folder() + ".jsa";
    return new ClassDataArchive(
        data.root().resolve("cds").resolve(name),
        jar.toAbsolutePath().getParent().resolve("cds").resolve(name));
  }

  /** The JVM options that use an archive, or record this data directory's when none is usable. */
  List<String> jvmOptions(Path jar) {
    try {
      Files.createDirectories(file.getParent());
      if (newerThan(file, jar)) {
        share(jar);
        return options("-XX:SharedArchiveFile=" + file);
      }
      Files.deleteIfExists(file);
      if (newerThan(shared, jar)) {
        return options("-XX:SharedArchiveFile=" + shared);
      }
      return options("-XX:ArchiveClassesAtExit=" + file);
    } catch (IOException e) {
      // Without an archive the emulator starts as usual, only slower.
      return List.of();
    }
  }

  /**
   * Once the emulator has ended, an archive it recorded is shared at once: a data directory used
   * only once (a demo's) leaves it for the next fresh one too.
   */
  void shareRecorded(Path jar) {
    if (newerThan(file, jar)) {
      share(jar);
    }
  }

  private void share(Path jar) {
    if (newerThan(shared, jar)) {
      return;
    }
    try {
      Files.createDirectories(shared.getParent());
      AtomicFiles.cleanStale(shared.getParent());
      AtomicFiles.write(shared, out -> Files.copy(file, out));
    } catch (IOException e) {
      // A read-only installation: each data directory keeps its own archive.
    }
  }

  private static boolean newerThan(Path archive, Path jar) {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> options(String archive) {
    return List.of(archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }
}
