package dev.rehearsal.cli.world;

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
 */
record ClassDataArchive(Path file) {
  static ClassDataArchive of(DataDirectory data, Emulator emulator) {
    return new ClassDataArchive(data.root().resolve("cds").resolve(emulator.folder() + ".jsa"));
  }

  /** The JVM options that use the archive, or record it when it is missing or stale. */
  List<String> jvmOptions(Path jar) {
    try {
      Files.createDirectories(file.getParent());
      boolean usable =
          Files.isRegularFile(file)
              && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) > 0;
      if (usable) {
        return List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
      }
      Files.deleteIfExists(file);
      return List.of("-XX:ArchiveClassesAtExit=" + file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    } catch (IOException e) {
      // Without an archive the emulator starts as usual, only slower.
      return List.of();
    }
  }
}
