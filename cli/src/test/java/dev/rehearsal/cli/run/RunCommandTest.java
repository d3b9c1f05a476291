package dev.rehearsal.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code rehearse run} refuses before any job runs, with exit code 2 and a message that names
 * the problem (a run end to end against the emulators: SeedWorkflowIntegrationTest).
 */
class RunCommandTest {
  @TempDir Path temp;

  private CliRun run(String workflow, String... more) throws Exception {
    Path file = temp.resolve("deploy.yml");
    Files.writeString(file, workflow);
    String[] base = {"run", file.toString(), "--data", temp.resolve("data").toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void unsupportedKey_isRefusedWithItsLine_beforeAnyWorldIsAsked() throws Exception {
    CliRun run =
        run(
            """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                services:
                  db: {image: postgres}
                steps:
                  - run: true
            """);

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("'services'").contains("line 5").doesNotContain("Exception");
  }

  @Test
  void noWorldRunning_saysHowToStartOne() throws Exception {
    CliRun run = run("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: true\n");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("no world is running").contains("rehearse up");
  }

  @Test
  void misspeltEvent_isRefusedWithTheClosestEvent() throws Exception {
    CliRun run =
        run(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: true\n",
            "--event",
            "pul_request");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("did you mean pull_request?");
  }
}
