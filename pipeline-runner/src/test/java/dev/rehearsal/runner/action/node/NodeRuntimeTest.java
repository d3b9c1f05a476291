package dev.rehearsal.runner.action.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.runner.action.ActionFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runner's choice of Node.js (actions/runner {@code HandlerFactory}: node12 and node16 run on
 * node20) against the machine's, which a rehearsal runs instead, warning when the major differs.
 */
class NodeRuntimeTest {
  @TempDir Path bin;

  private NodeRuntime machineWith(String version) throws IOException {
    Path node = bin.resolve("node");
    Files.writeString(node, "#!/bin/sh\necho " + version + "\n");
    Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
    return NodeRuntime.onPath(bin.toString());
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          node20 | v20.11.1 |
          node16 | v20.0.0  |
          node12 | v20.0.0  |
          node24 | v24.1.0  |
          node20 | v22.3.0  | The action asks for node20; this machine's node v22.3.0 runs it instead, the nearest available.
          node16 | v18.19.0 | The action asks for node16, which GitHub runs with node20; this machine's node v18.19.0 runs it instead, the nearest available.
          node24 | v20.11.1 | The action asks for node24; this machine's node v20.11.1 runs it instead, the nearest available.
          """)
  void mismatch_warnsOnlyWhenGitHubWouldUseAnotherMajor(
      String using, String version, String warning) throws IOException {
    assertThat(machineWith(version).mismatch(using).orElse(null)).isEqualTo(warning);
  }

  @Test
  void executable_withoutNodeOnPath_saysHowToGetOne() {
    assertThatThrownBy(() -> NodeRuntime.onPath(bin.toString()).executable())
        .isInstanceOf(ActionFailedException.class)
        .hasMessageContaining("no `node` is on this machine's PATH");
  }
}
