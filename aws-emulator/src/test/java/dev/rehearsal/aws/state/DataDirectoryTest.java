package dev.rehearsal.aws.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path root;

  @Test
  void start_withATemporaryStateFileLeftByACrash_removesIt() throws Exception {
    Process crashed = new ProcessBuilder("true").start();
    crashed.waitFor();
    Files.writeString(root.resolve("iam.json"), "{\"complete\":true}");
    Files.writeString(
        root.resolve(".iam.json." + crashed.pid() + "-0123456789abcdef.tmp"), "{\"compl");

    DataDirectory data = new DataDirectory(root);

    assertThat(names()).containsExactly("iam.json");
    assertThat(data.read("iam.json"))
        .hasValueSatisfying(
            content ->
                assertThat(new String(content, StandardCharsets.UTF_8)).contains("complete"));
  }

  @Test
  void write_replacesTheFileOwnerOnlyAndLeavesNoTemporaryFile() throws IOException {
    DataDirectory data = new DataDirectory(root);
    data.write("port", "1\n".getBytes(StandardCharsets.US_ASCII));
    data.write("port", "2\n".getBytes(StandardCharsets.US_ASCII));

    assertThat(data.read("port")).hasValueSatisfying(c -> assertThat(c).containsExactly('2', '\n'));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("port"))))
        .isEqualTo("rw-------");
    assertThat(names()).containsExactly("port");
  }

  @Test
  void delete_removesTheFile() throws IOException {
    DataDirectory data = new DataDirectory(root);
    data.write("state", new byte[] {1});

    data.delete("state");
    data.delete("state");

    assertThat(data.read("state")).isEmpty();
  }

  @Test
  void secret_isMadeOnceAndKept() {
    byte[] first = new DataDirectory(root).secret("session-key", 32);
    byte[] again = new DataDirectory(root).secret("session-key", 32);

    assertThat(first).hasSize(32).isEqualTo(again);
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
