package dev.rehearsal.oidc.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path root;

  @Test
  void writeSecret_andWritePublic_replaceAtomicallyWithTheirModes() throws IOException {
    DataDirectory dir = new DataDirectory(root).create();
    dir.writeSecret(DataDirectory.ADMIN_TOKEN, "old\n");
    dir.writeSecret(DataDirectory.ADMIN_TOKEN, "new\n");
    dir.writePublic(DataDirectory.PORT, "8443\n");

    assertThat(dir.read(DataDirectory.ADMIN_TOKEN)).contains("new\n");
    assertThat(mode(DataDirectory.ADMIN_TOKEN)).isEqualTo("rw-------");
    assertThat(mode(DataDirectory.PORT)).isEqualTo("rw-r--r--");
    assertThat(names()).containsExactlyInAnyOrder(DataDirectory.ADMIN_TOKEN, DataDirectory.PORT);
  }

  @Test
  void create_removesATemporaryFileACrashLeftBehind() throws Exception {
    Process crashed = new ProcessBuilder("true").start();
    crashed.waitFor();
    Files.writeString(root.resolve(DataDirectory.JOBS), "{}");
    Files.writeString(root.resolve(".jobs.json." + crashed.pid() + "-0123456789abcdef.tmp"), "{");

    new DataDirectory(root).create();

    assertThat(names()).containsExactly(DataDirectory.JOBS);
  }

  private String mode(String name) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(name)));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
