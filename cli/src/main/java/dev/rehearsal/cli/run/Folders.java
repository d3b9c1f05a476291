package dev.rehearsal.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a temporary folder (a run's work folder, a demo's data) once it has served. */
public final class Folders {
  private Folders() {}

  public static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Folders::deleteQuietly);
    } catch (IOException e) {
      // a folder left in the system's temporary folder is no loss
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // as above
    }
  }
}
