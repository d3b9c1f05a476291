package dev.rehearsal.runner.action;

import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.FunctionSpec;
import dev.rehearsal.core.expression.Scope;
import dev.rehearsal.core.expression.Template;
import dev.rehearsal.core.expression.Value;
import java.util.List;
import java.util.Map;

/**
 * What expressions in an {@code action.yml} may read, per key, from actions/runner's {@code
 * action_yaml.json}: a composite action's step values ({@code string-steps-context}), its steps'
 * {@code if} ({@code step-if}), its outputs' {@code value} ({@code output-value}) and the inputs'
 * {@code default} ({@code input-default-context}).
 */
public final class ActionExpressions {
  private static final List<String> STEP_CONTEXTS =
      List.of("github", "inputs", "strategy", "matrix", "steps", "job", "runner", "env");

  /** A composite step's {@code name}, {@code run}, {@code env}, {@code with}, …. */
  public static final Scope STEP = Scope.of(STEP_CONTEXTS, FunctionSpec.HASH_FILES);

  /** A composite step's {@code if}. */
  public static final Scope STEP_IF =
      Scope.of(
          STEP_CONTEXTS,
          FunctionSpec.ALWAYS,
          FunctionSpec.FAILURE,
          FunctionSpec.CANCELLED,
          FunctionSpec.SUCCESS,
          FunctionSpec.HASH_FILES);

  /** {@code outputs.<id>.value} of a composite action. */
  public static final Scope OUTPUT_VALUE =
      Scope.of(List.of("github", "strategy", "matrix", "steps", "inputs", "job", "runner", "env"));

  /** {@code inputs.<id>.default}. */
  public static final Scope INPUT_DEFAULT =
      Scope.of(List.of("github", "strategy", "matrix", "job", "runner"), FunctionSpec.HASH_FILES);

  private ActionExpressions() {}

  /**
   * An input's default as the runner's {@code EvaluateDefaultInput} makes it: text as written, or
   * its {@code ${{ }}} evaluated with the job's contexts ({@code default: ${{ github.token }}}).
   *
   * @throws dev.rehearsal.core.expression.ExpressionException an expression GitHub refuses
   */
  public static String inputDefault(String written, Map<String, Value> contexts) {
    return Template.parse(written, INPUT_DEFAULT).evaluate(Contexts.of(contexts)).asString();
  }
}
