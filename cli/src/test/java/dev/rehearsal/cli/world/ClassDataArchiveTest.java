package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

  @TempDir Path temp;
  Path jar;
  DataDirectory data;

  @BeforeEach
  void installation() throws Exception {
    Files.createDirectories(temp.resolve("target"));
    jar = Files.writeString(temp.resolve("target/app.jar"), "jar");
    Files.setLastModifiedTime(jar, BUILT);
    data = new DataDirectory(temp.resolve("data"));
  }

  @Test
  void missingArchive_isRecordedAtExitInTheDataDirectory() {
    assertThat(ClassDataArchive.of(data, Emulator.AWS, jar).jvmOptions(jar))
        .contains("-XX:ArchiveClassesAtExit=" + temp.resolve("data/cds/aws.jsa"));
  }

  @Test
  void archiveNewerThanTheJar_isUsed_andSharedNextToTheJar() throws Exception {
    Path own = archive(temp.resolve("data/cds/oidc.jsa"), "archive");

    assertThat(ClassDataArchive.of(data, Emulator.OIDC, jar).jvmOptions(jar))
        .contains("-XX:SharedArchiveFile=" + own);
    assertThat(temp.resolve("target/cds/oidc.jsa")).hasContent("archive");
  }

  @Test
  void freshDataDirectory_mapsTheSharedArchive_insteadOfRecording() throws Exception {
    Path shared = archive(temp.resolve("target/cds/oidc.jsa"), "shared archive");

    assertThat(ClassDataArchive.of(data, Emulator.OIDC, jar).jvmOptions(jar))
        .contains("-XX:SharedArchiveFile=" + shared)
        .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
  }

  @Test
  void archivesOlderThanTheJar_areDroppedAndRecordedAnew() throws Exception {
    Path own = archive(temp.resolve("data/cds/oidc.jsa"), "stale archive");
    Path shared = archive(temp.resolve("target/cds/oidc.jsa"), "stale shared archive");
    Files.setLastModifiedTime(own, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
    Files.setLastModifiedTime(shared, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

    assertThat(ClassDataArchive.of(data, Emulator.OIDC, jar).jvmOptions(jar))
        .contains("-XX:ArchiveClassesAtExit=" + own);
    assertThat(own).doesNotExist();
  }

  private static Path archive(Path file, String content) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }
}
