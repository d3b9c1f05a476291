package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path temp;

  @Test
  void prepare_writesTheLayoutMarkerOwnerOnly() throws Exception {
    DataDirectory data = new DataDirectory(temp.resolve("data"));

    data.prepare();

    Path marker = data.root().resolve(DataDirectory.LAYOUT_FILE);
    assertThat(Files.readString(marker)).isEqualTo(DataDirectory.LAYOUT + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(marker)))
        .isEqualTo("rw-------");
  }

  @Test
  void prepare_removesAHalfWrittenWorldRecordACrashLeft() throws Exception {
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    data.prepare();
    Process crashed = new ProcessBuilder("true").start();
    crashed.waitFor();
    Path leftover = data.root().resolve(".world.json." + crashed.pid() + "-0123456789abcdef.tmp");
    Files.writeString(leftover, "{\"pid\":");

    data.prepare();

    assertThat(leftover).doesNotExist();
  }

  @Test
  void worldRecord_isWrittenWholeAndReadBack() throws Exception {
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    data.prepare();
    WorldRecord record =
        new WorldRecord(
            42,
            new WorldRecord.Endpoint(43, 8443, "https://127.0.0.1:8443"),
            new WorldRecord.Endpoint(44, 4566, "http://127.0.0.1:4566"),
            "ca.pem",
            "2025-01-01T00:00:00Z");

    record.write(data.worldFile(), record.json());

    assertThat(WorldRecord.read(data)).contains(record);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.worldFile())))
        .isEqualTo("rw-------");
  }
}
