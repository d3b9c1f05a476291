package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs, "Contexts reference", Context availability. */
class ScopeTest {

  @ParameterizedTest(name = "{0} allows {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "RUN_NAME => github.ref && inputs.x && vars.y",
        "JOB_IF => github.ref && needs.a.result && vars.x && inputs.y && success() && failure()",
        "JOB_RUNS_ON => matrix.os && strategy.job-index && needs.a.outputs.b",
        "STEP_IF => steps.a.outcome && env.X && job.status && runner.os && hashFiles('x')",
        "STEP_RUN => secrets.TOKEN && hashFiles('x') && steps.a.outputs.b",
        "WORKFLOW_CALL_OUTPUTS_VALUE => jobs.a.outputs.b",
      })
  void scope_allowsTheListedContextsAndFunctions(ContextAvailability key, String expression) {
    assertThat(ExpressionParser.parse(expression, key.scope())).isNotNull();
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "JOB_IF => steps.a.outcome => Unrecognized named-value: 'steps'",
        "JOB_IF => matrix.os => Unrecognized named-value: 'matrix'",
        "JOB_IF => hashFiles('x') => Unrecognized function: 'hashFiles'",
        "STEP_IF => secrets.TOKEN => Unrecognized named-value: 'secrets'",
        "ENV => env.X => Unrecognized named-value: 'env'",
        "STEP_RUN => success() => Unrecognized function: 'success'",
        "JOB_STRATEGY => matrix.os => Unrecognized named-value: 'matrix'",
      })
  void scope_refusesWhatTheKeyDoesNotList(
      ContextAvailability key, String expression, String message) {
    assertThatThrownBy(() -> ExpressionParser.parse(expression, key.scope()))
        .isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void with_addsNamesAndFunctions() {
    Scope scope =
        ContextAvailability.JOB_IF
            .scope()
            .with(java.util.List.of("matrix"), java.util.List.of(FunctionSpec.HASH_FILES));

    assertThat(ExpressionParser.parse("matrix.os && hashFiles('x')", scope)).isNotNull();
    assertThat(scope.namedValues()).contains("github", "matrix");
  }
}
