package dev.rehearsal.runner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.runner.RunnerException;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.process.ProcessOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run:} steps with the real bash, sh and python. */
class ScriptRunnerTest {
  @TempDir Path workspace;
  @TempDir Path runnerTemp;
  private final List<String> lines = new ArrayList<>();
  private final Map<String, String> env =
      Map.of("PATH", System.getenv("PATH"), "GREETING", "hello");

  private ProcessOutcome run(ScriptStep step, Optional<Duration> timeout) {
    ScriptRunner.Prepared prepared = ScriptRunner.prepare(step, workspace, runnerTemp, env);
    return ScriptRunner.run(prepared, env, lines::add, timeout, new Cancellation());
  }

  @Test
  void defaultShell_stopsAtTheFirstFailingCommand_andGivesItsExitCode() {
    ProcessOutcome outcome =
        run(ScriptStep.of("echo $GREETING\necho err >&2\nfalse\necho never"), Optional.empty());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(lines).containsExactlyInAnyOrder("hello", "err");
  }

  @Test
  void defaultShell_hasNoPipefail_butBashHas() {
    ProcessOutcome plain = run(ScriptStep.of("false | true"), Optional.empty());
    ProcessOutcome bash =
        run(
            new ScriptStep("false | true", Optional.of("bash"), Optional.empty()),
            Optional.empty());

    assertThat(plain.exitCode()).isZero();
    assertThat(bash.exitCode()).isEqualTo(1);
  }

  @Test
  void script_runsInTheWorkingDirectory_fromAFileInRunnerTemp() throws Exception {
    Files.createDirectory(workspace.resolve("app"));

    run(new ScriptStep("pwd\necho $0", Optional.empty(), Optional.of("app")), Optional.empty());

    assertThat(lines.get(0)).isEqualTo(workspace.resolve("app").toString());
    assertThat(Path.of(lines.get(1))).hasParent(runnerTemp);
    assertThat(lines.get(1)).endsWith(".sh");
  }

  @Test
  void missingWorkingDirectory_isRefusedBeforeStarting() {
    assertThatThrownBy(
            () ->
                ScriptRunner.prepare(
                    new ScriptStep("true", Optional.empty(), Optional.of("nowhere")),
                    workspace,
                    runnerTemp,
                    env))
        .isInstanceOf(RunnerException.class)
        .hasMessageContaining("No such file or directory");
  }

  @Test
  void customShell_runsTheScriptWithIt() {
    Assumptions.assumeTrue(
        Shell.which("python3", env.get("PATH")).isPresent(), "no python3 on PATH");
    ProcessOutcome outcome =
        run(
            new ScriptStep(
                "import sys\nprint(sys.argv[0])", Optional.of("python3 {0}"), Optional.empty()),
            Optional.empty());

    assertThat(outcome.exitCode()).isZero();
    assertThat(lines)
        .containsExactly(".py".equals(lines.isEmpty() ? "" : lines.get(0)) ? ".py" : lines.get(0));
  }

  @Test
  void timeout_endsTheWholeProcessTree() throws Exception {
    Path pidFile = workspace.resolve("child.pid");
    ProcessOutcome outcome =
        run(
            ScriptStep.of("sleep 300 &\necho $! > " + pidFile + "\nwait"),
            Optional.of(Duration.ofSeconds(5)));

    assertThat(outcome.timedOut()).isTrue();
    long child = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(running(child)).as("the step's background child %d still runs", child).isFalse();
  }

  /** Alive and not a zombie waiting for a parent to reap it (it has ended all the same). */
  private static boolean running(long pid) throws Exception {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) || !Files.exists(stat)) {
      return false;
    }
    String fields = Files.readString(stat);
    return fields.charAt(fields.lastIndexOf(')') + 2) != 'Z';
  }
}
