package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  @TempDir Path temp;

  @Test
  void missingArchive_isRecordedAtExit() throws Exception {
    Path jar = Files.writeString(temp.resolve("app.jar"), "jar");
    ClassDataArchive archive = ClassDataArchive.of(new DataDirectory(temp), Emulator.AWS);

    assertThat(archive.jvmOptions(jar))
        .contains("-XX:ArchiveClassesAtExit=" + temp.resolve("cds/aws.jsa"));
  }

  @Test
  void archiveNewerThanTheJar_isUsed() throws Exception {
    Path jar = Files.writeString(temp.resolve("app.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    Path file = temp.resolve("cds/oidc.jsa");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "archive");

    assertThat(ClassDataArchive.of(new DataDirectory(temp), Emulator.OIDC).jvmOptions(jar))
        .contains("-XX:SharedArchiveFile=" + file);
  }

  @Test
  void archiveOlderThanTheJar_isDroppedAndRecordedAnew() throws Exception {
    Path file = temp.resolve("cds/oidc.jsa");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "stale archive");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    Path jar = Files.writeString(temp.resolve("app.jar"), "rebuilt jar");

    assertThat(ClassDataArchive.of(new DataDirectory(temp), Emulator.OIDC).jvmOptions(jar))
        .contains("-XX:ArchiveClassesAtExit=" + file);
    assertThat(file).doesNotExist();
  }
}
