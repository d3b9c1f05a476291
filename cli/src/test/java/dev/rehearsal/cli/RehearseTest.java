package dev.rehearsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.world.Emulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and messages are the CLI's interface (docs: architecture.md, "Exit codes"). */
class RehearseTest {
  @TempDir Path temp;

  @Test
  void noArguments_printsTheShortUsageToStderrAndExitsTwo() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("Usage: rehearse")
        .contains("Commands:", "  up ", "  token ", "  demo ", "rehearse --help")
        .doesNotContain("Exit codes", "Examples");
  }

  @Test
  void help_printsTheWholeUsageToStdoutAndSucceeds() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rehearse up", "Exit codes", "demo");
  }

  @Test
  void demo_isKnown_andItsHelpSaysWhatItRehearses() {
    CliRun run = CliRun.of("demo", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .doesNotContain("Unmatched argument")
        .contains("CAPABILITY_NAMED_IAM", "acme/test-service", "daemonless", "--keep");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "up",
        "down",
        "reset",
        "token",
        "job",
        "run",
        "check",
        "lint",
        "diff",
        "demo",
        "provision"
      })
  void everyCommand_whenAskedForHelp_showsAnExample(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Example", "rehearse " + command);
  }

  @Test
  void unknownOption_exitsTwoAndNamesIt() {
    CliRun run = CliRun.of("up", "--no-such-flag");
    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("--no-such-flag");
  }

  @Test
  void token_whenRepositoryIsMalformed_exitsTwoWithCoresMessage() {
    CliRun run =
        CliRun.of("token", "--repo", "not-a-repo", "--ref", "main", "--data", temp.toString());
    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("ValidationError", "not-a-repo").doesNotContain("at dev.");
  }

  @Test
  void token_whenPullRequestHasABranchRef_exitsTwoNamingTheRefItNeeds() {
    CliRun run =
        CliRun.of(
            "token",
            "--repo",
            "acme/app",
            "--ref",
            "main",
            "--event",
            "pull_request",
            "--data",
            temp.toString());
    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("needs ref refs/pull/N/merge, got main");
  }

  @Test
  void token_whenNoWorldRuns_saysToStartOne() {
    CliRun run =
        CliRun.of("token", "--repo", "acme/app", "--ref", "main", "--data", temp.toString());
    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("no world is running", "rehearse up");
  }

  @Test
  void down_whenNothingRuns_succeedsAndSaysSo() {
    CliRun run = CliRun.of("down", "--data", temp.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("nothing is running");
  }

  @Test
  void up_whenDataDirectoryHasAnotherLayout_refusesWithoutTouchingIt() throws IOException {
    Path marker = temp.resolve("layout-version");
    Files.writeString(marker, "999\n");
    CliRun run = withBuiltJars(() -> CliRun.of("up", "--data", temp.toString()));
    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("layout version 999");
    assertThat(Files.readString(marker)).isEqualTo("999\n");
  }

  @Test
  void up_whenPortIsTaken_exitsTwoAndSaysWhichFlagToChange() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run =
          withBuiltJars(
              () ->
                  CliRun.of(
                      "up",
                      "--data",
                      temp.resolve("world").toString(),
                      "--oidc-port",
                      "0",
                      "--aws-port",
                      Integer.toString(busy.getLocalPort())));
      assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
      assertThat(run.err()).contains("port " + busy.getLocalPort(), "already in use", "--aws-port");
    }
  }

  /** Points the CLI at fake jars so that these tests reach the checks that follow the jars'. */
  private CliRun withBuiltJars(java.util.function.Supplier<CliRun> run) {
    Path home = temp.resolve("home");
    try {
      for (Emulator emulator : Emulator.values()) {
        Path jar = home.resolve(emulator.jar());
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "not started by these tests");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String before = System.getProperty("rehearsal.home");
    System.setProperty("rehearsal.home", home.toString());
    try {
      return run.get();
    } finally {
      if (before == null) {
        System.clearProperty("rehearsal.home");
      } else {
        System.setProperty("rehearsal.home", before);
      }
    }
  }
}
