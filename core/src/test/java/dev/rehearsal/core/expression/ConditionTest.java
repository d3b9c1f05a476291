package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code if:} conditions (docs, "jobs.<job_id>.steps[*].if" and "Status check functions"; the
 * runner's {@code ConvertToIfCondition}).
 */
class ConditionTest {
  private static final Scope STEP_IF = ContextAvailability.STEP_IF.scope();

  private static Contexts contexts(JobStatus status) {
    return Contexts.builder()
        .put("github", Values.of(Map.of("ref", "refs/heads/main")))
        .put("steps", Values.of(Map.of("demo", Map.of("conclusion", "failure"))))
        .jobStatus(status)
        .build();
  }

  @ParameterizedTest(name = "if: {0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // "A default status check of success() is applied unless you include one of these".
        "github.ref == 'refs/heads/main' => success() && (github.ref == 'refs/heads/main')",
        "${{ github.ref == 'refs/heads/main' }} => success() && (github.ref == 'refs/heads/main')",
        "failure() => failure()",
        "${{ failure() && steps.demo.conclusion == 'failure' }} => failure() && steps.demo.conclusion == 'failure'",
        "!cancelled() => !cancelled()",
        "ALWAYS() => ALWAYS()",
        "`` => success()",
        "`   ` => success()",
        "${{ '' }} => success()",
        // Text and ${{ }} mixed is a format(...) string, and a non-empty string is true.
        "${{ github.ref }} == 'refs/heads/dev' => success() && (format('{0} == ''refs/heads/dev''', github.ref))",
      })
  void parse_appliesTheDefaultStatusCheck(String condition, String expression) {
    assertThat(Condition.parse(condition, STEP_IF).expression()).isEqualTo(expression);
  }

  @ParameterizedTest(name = "if: {0} on {1} is {2}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "github.ref == 'refs/heads/main' => SUCCESS => true",
        "github.ref == 'refs/heads/main' => FAILURE => false",
        "github.ref == 'refs/heads/dev' => SUCCESS => false",
        "failure() && steps.demo.conclusion == 'failure' => FAILURE => true",
        "always() => CANCELLED => true",
        "!cancelled() => FAILURE => true",
        "!cancelled() => CANCELLED => false",
        "`` => SUCCESS => true",
        "`` => FAILURE => false",
        "${{ github.ref }} == 'refs/heads/dev' => SUCCESS => true",
      })
  void evaluate_decidesWhetherTheStepRuns(String condition, JobStatus status, boolean runs) {
    assertThat(Condition.parse(condition, STEP_IF).evaluate(contexts(status))).isEqualTo(runs);
  }

  @Test
  void parse_ofAJobCondition_refusesTheStepsContext() {
    // docs, Context availability: jobs.<job_id>.if has github, needs, vars, inputs.
    assertThatThrownBy(
            () ->
                Condition.parse("steps.x.outcome == 'success'", ContextAvailability.JOB_IF.scope()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(
            "Unrecognized named-value: 'steps'. Located at position 1 within expression:"
                + " steps.x.outcome == 'success'");
  }

  @Test
  void parse_ofSecretsInAStepCondition_isRefused() {
    assertThatThrownBy(() -> Condition.parse("${{ secrets.TOKEN != '' }}", STEP_IF))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(
            "Unrecognized named-value: 'secrets'. Located at position 1 within expression:"
                + " secrets.TOKEN != ''");
  }
}
