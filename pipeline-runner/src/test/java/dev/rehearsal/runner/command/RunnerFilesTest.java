package dev.rehearsal.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.runner.support.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's runner files, made and read as actions/runner's {@code FileCommandManager} does. */
class RunnerFilesTest {
  @TempDir Path temp;
  private final CapturedLog captured = new CapturedLog();
  private final StepEffects effects = new StepEffects();

  @Test
  void create_givesFiveEmptyFilesUnderRunnerTemp() throws Exception {
    Map<String, String> env = RunnerFiles.create(temp).environment();

    assertThat(env)
        .containsOnlyKeys(
            "GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_STATE", "GITHUB_PATH", "GITHUB_STEP_SUMMARY");
    for (String file : env.values()) {
      assertThat(Path.of(file)).isEmptyFile().hasParent(temp.resolve("_runner_file_commands"));
    }
    assertThat(Path.of(env.get("GITHUB_ENV")).getFileName().toString()).startsWith("set_env_");
  }

  @Test
  void collect_readsEveryFile_andRemovesThem() throws Exception {
    RunnerFiles files = RunnerFiles.create(temp);
    Map<String, String> env = files.environment();
    Files.writeString(Path.of(env.get("GITHUB_ENV")), "A=1\nB<<EOF\nx\ny\nEOF\n");
    Files.writeString(Path.of(env.get("GITHUB_OUTPUT")), "registry=127.0.0.1:4566\n");
    Files.writeString(Path.of(env.get("GITHUB_STATE")), "registries=r1\n");
    Files.writeString(Path.of(env.get("GITHUB_PATH")), "/opt/one\n\n/opt/two\n");
    Files.writeString(Path.of(env.get("GITHUB_STEP_SUMMARY")), "# Done\n");

    files.collect(effects, captured.log(), captured.masker());

    assertThat(effects.environment()).containsExactly(Map.entry("A", "1"), Map.entry("B", "x\ny"));
    assertThat(effects.outputs()).containsExactly(Map.entry("registry", "127.0.0.1:4566"));
    assertThat(effects.state()).containsExactly(Map.entry("registries", "r1"));
    assertThat(effects.paths()).containsExactly("/opt/one", "/opt/two");
    assertThat(effects.summary()).isEqualTo("# Done\n");
    assertThat(effects.failed()).isFalse();
    env.values().forEach(file -> assertThat(Path.of(file)).doesNotExist());
  }

  @Test
  void collect_aMalformedFile_failsTheStepWithTheRunnersWords_andReadsTheOthers() throws Exception {
    RunnerFiles files = RunnerFiles.create(temp);
    Files.writeString(Path.of(files.environment().get("GITHUB_OUTPUT")), "x<<EOF\nno end\n");
    Files.writeString(Path.of(files.environment().get("GITHUB_ENV")), "A=1\n");

    files.collect(effects, captured.log(), captured.masker());

    assertThat(effects.failed()).isTrue();
    assertThat(effects.environment()).containsEntry("A", "1");
    assertThat(captured.text())
        .isEqualTo(
            "Error: Unable to process file command 'output' successfully.\n"
                + "Error: Invalid value. Matching delimiter not found 'EOF'\n");
  }

  @Test
  void collect_nodeOptionsInGithubEnv_isRefusedWithAnError() throws Exception {
    RunnerFiles files = RunnerFiles.create(temp);
    Files.writeString(Path.of(files.environment().get("GITHUB_ENV")), "NODE_OPTIONS=--x\n");

    files.collect(effects, captured.log(), captured.masker());

    assertThat(effects.environment()).isEmpty();
    assertThat(captured.text())
        .isEqualTo(
            "Error: Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.\n");
  }

  @Test
  void collect_summary_isMaskedLineByLine() throws Exception {
    captured.masker().add("hunter2");
    RunnerFiles files = RunnerFiles.create(temp);
    Files.writeString(Path.of(files.environment().get("GITHUB_STEP_SUMMARY")), "pw: hunter2\n");

    files.collect(effects, captured.log(), captured.masker());

    assertThat(effects.summary()).isEqualTo("pw: ***\n");
  }

  @Test
  void collect_summaryOverOneMebibyte_isRefused() throws Exception {
    RunnerFiles files = RunnerFiles.create(temp);
    Files.writeString(
        Path.of(files.environment().get("GITHUB_STEP_SUMMARY")),
        "x".repeat(RunnerFiles.SUMMARY_LIMIT + 2048));

    files.collect(effects, captured.log(), captured.masker());

    assertThat(effects.summary()).isEmpty();
    assertThat(captured.text())
        .startsWith(
            "Error: $GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1026k.");
  }
}
