package dev.rehearsal.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.runner.log.Annotation;
import dev.rehearsal.runner.log.AnnotationLevel;
import dev.rehearsal.runner.support.CapturedLog;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workflow commands in a step's output, as actions/runner's command extensions act on them. */
class StepCommandsTest {
  private final CapturedLog captured = new CapturedLog();
  private final WorkflowCommands commands = new WorkflowCommands(captured.masker());
  private final StepEffects effects = new StepEffects();

  private StepCommands step(Map<String, String> env) {
    return commands.forStep(captured.log(), effects, env, false);
  }

  @Test
  void addMask_hidesTheValueFromEveryLaterLine_andIsNotEchoed() {
    StepCommands step = step(Map.of());

    step.line("::add-mask::s3cr3t-value");
    step.line("the value is s3cr3t-value");

    assertThat(captured.text()).isEqualTo("the value is ***\n");
  }

  @Test
  void addMask_empty_warns() {
    step(Map.of()).line("::add-mask::  ");

    assertThat(captured.text())
        .isEqualTo("Warning: Can't add secret mask for empty string in ##[add-mask] command.\n");
  }

  @Test
  void errorWithProperties_isAnAnnotation() {
    step(Map.of()).line("::error file=app.js,line=10,title=Bad::Something went wrong");

    assertThat(captured.text()).isEqualTo("Error: Something went wrong\n");
    assertThat(captured.log().takeAnnotations())
        .containsExactly(
            new Annotation(
                AnnotationLevel.ERROR,
                "Something went wrong",
                Map.of("file", "app.js", "line", "10", "title", "Bad")));
  }

  @Test
  void group_indentsItsLines_untilEndgroup() {
    StepCommands step = step(Map.of());

    step.line("::group::My title");
    step.line("inside");
    step.line("::endgroup::");
    step.line("outside");

    assertThat(captured.text()).isEqualTo("My title\n  inside\noutside\n");
  }

  @Test
  void setOutput_stillWorks_withGitHubsDeprecationWarning() {
    step(Map.of()).line("::set-output name=result::42");

    assertThat(effects.outputs()).containsEntry("result", "42");
    assertThat(captured.text())
        .startsWith("Warning: The `set-output` command is deprecated and will be disabled soon.");
  }

  @Test
  void setOutput_withoutName_failsTheStep() {
    step(Map.of()).line("::set-output::42");

    assertThat(effects.failed()).isTrue();
    assertThat(captured.text())
        .contains("Error: Unable to process command '::set-output::42' successfully.")
        .contains("Error: Required field 'name' is missing in ##[set-output] command.");
  }

  @Test
  void setEnv_isDisabled_andFailsTheStep() {
    step(Map.of()).line("::set-env name=A::b");

    assertThat(effects.environment()).isEmpty();
    assertThat(effects.failed()).isTrue();
    assertThat(captured.text()).contains("Error: The `set-env` command is disabled.");
  }

  @Test
  void setEnv_allowedByTheJobsEnv() {
    step(Map.of("ACTIONS_ALLOW_UNSECURE_COMMANDS", "true")).line("::set-env name=A::b");

    assertThat(effects.environment()).containsEntry("A", "b");
    assertThat(effects.failed()).isFalse();
  }

  @Test
  void stopCommands_printsCommandsAsText_untilItsToken_whichIsMasked() {
    StepCommands step = step(Map.of());

    step.line("::stop-commands::pause-token-123");
    step.line("::set-output name=x::1");
    step.line("::pause-token-123::");
    step.line("::set-output name=y::2");

    assertThat(effects.outputs()).containsOnlyKeys("y");
    assertThat(captured.text())
        .startsWith("::stop-commands::***\n::set-output name=x::1\n::***::\n")
        .doesNotContain("pause-token-123");
  }

  @Test
  void stopCommands_withACommandAsToken_isRefused() {
    step(Map.of()).line("::stop-commands::set-output");

    assertThat(effects.failed()).isTrue();
    assertThat(captured.text())
        .contains("Error: You cannot use a endToken that is an empty string");
  }

  @Test
  void echoOn_echoesCommandLines_butNeverAMask() {
    StepCommands step = step(Map.of());

    step.line("::echo::on");
    step.line("::add-mask::hidden-value");
    step.line("::set-output name=x::1");

    assertThat(captured.text()).contains("::add-mask::***\n").contains("::set-output name=x::1\n");
    assertThat(captured.text()).doesNotContain("hidden-value");
  }

  @Test
  void debug_isShownOnlyWithStepDebug() {
    step(Map.of()).line("::debug::quiet");
    assertThat(captured.text()).isEmpty();

    CapturedLog debugging = new CapturedLog(captured.masker(), true);
    commands.forStep(debugging.log(), effects, Map.of(), true).line("::debug::loud");
    assertThat(debugging.text()).isEqualTo("##[debug]loud\n");
  }
}
