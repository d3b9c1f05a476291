package dev.rehearsal.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository (the seed's stack and workflow), found from {@code rehearsal.home}. */
public final class RepositoryFiles {
  private static final Path HOME =
      Path.of(System.getProperty("rehearsal.home", "..")).toAbsolutePath().normalize();

  private RepositoryFiles() {}

  /** {@code path}, relative to the repository's root. */
  public static Path path(String path) {
    return HOME.resolve(path);
  }

  /** The text of {@code path}, relative to the repository's root. */
  public static String read(String path) {
    try {
      return Files.readString(path(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's workflow, {@code examples/seed/deploy.yml}, as the article gives it. */
  public static String seedWorkflow() {
    return read("examples/seed/deploy.yml");
  }
}
