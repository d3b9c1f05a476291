package dev.rehearsal.runner.action.manifest;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.expression.Condition;
import dev.rehearsal.core.expression.ExpressionException;
import dev.rehearsal.core.expression.Template;
import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import dev.rehearsal.runner.action.ActionExpressions;
import dev.rehearsal.runner.action.ActionRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a composite action's {@code runs.steps} with the keys of {@code action_yaml.json}'s {@code
 * run-step} ({@code shell} required, no {@code with}) and {@code uses-step} (no {@code shell},
 * {@code working-directory} or {@code timeout-minutes}), each expression parsed for the contexts a
 * composite step may read.
 */
final class CompositeStepReader {
  private static final List<String> RUN_KEYS =
      List.of("name", "id", "if", "run", "env", "continue-on-error", "working-directory", "shell");
  private static final List<String> USES_KEYS =
      List.of("name", "id", "if", "uses", "continue-on-error", "with", "env");

  private CompositeStepReader() {}

  static List<CompositeStep> read(Node node) {
    Set<String> ids = new HashSet<>();
    List<CompositeStep> steps = new ArrayList<>();
    for (Node item : Values.sequence(node, "steps is a list of steps").items()) {
      steps.add(step(Values.mapping(item, "a step is a mapping with 'uses' or 'run'"), ids));
    }
    return steps;
  }

  private static CompositeStep step(Node.Mapping step, Set<String> ids) {
    Optional<Node> uses = step.get("uses");
    Optional<Node> run = step.get("run");
    if (uses.isEmpty() && run.isEmpty()) {
      throw WorkflowException.at(step, "every step must define a `uses` or `run` key", null);
    }
    Values.keys(step, uses.isPresent() ? USES_KEYS : RUN_KEYS, Map.of(), "a composite step");
    Optional<String> id = step.get("id").map(node -> id(node, ids));
    Optional<Template> name = step.get("name").map(n -> template(n, "name is text"));
    Condition condition =
        step.get("if").map(CompositeStepReader::condition).orElseGet(() -> condition(null));
    Map<String, Template> env =
        step.get("env").map(n -> templates(n, "env maps names to values")).orElse(Map.of());
    Optional<Template> continueOnError =
        step.get("continue-on-error").map(n -> template(bool(n), "continue-on-error is a boolean"));
    CompositeStep.Action action =
        uses.isPresent() ? uses(uses.get(), step) : run(run.orElseThrow(), step);
    return new CompositeStep(step.path(), id, name, condition, env, continueOnError, action);
  }

  private static CompositeStep.Action uses(Node node, Node.Mapping step) {
    String written = Values.literal(node, "uses names an action");
    ActionRef ref;
    try {
      ref = ActionRef.parse(written);
    } catch (RehearsalException e) {
      throw WorkflowException.at(node, e.getMessage(), null);
    }
    Map<String, Template> with =
        step.get("with").map(n -> templates(n, "with maps inputs to values")).orElse(Map.of());
    return new CompositeStep.Uses(ref, with);
  }

  private static CompositeStep.Action run(Node node, Node.Mapping step) {
    Node shell =
        step.get("shell")
            .orElseThrow(
                () ->
                    WorkflowException.at(
                        step,
                        "Required property is missing: shell",
                        "a composite action's run step names its shell"));
    return new CompositeStep.Run(
        template(node, "run is a script"),
        template(shell, "shell is a shell name or command"),
        step.get("working-directory").map(n -> template(n, "working-directory is a path")));
  }

  private static String id(Node node, Set<String> ids) {
    String id = Values.literal(node, "a step id is a name");
    if (!ids.add(id.toLowerCase(Locale.ROOT))) {
      throw WorkflowException.at(
          node,
          "The identifier '" + id + "' may not be used more than once within the same scope.",
          null);
    }
    return id;
  }

  private static Node bool(Node node) {
    Values.bool(node, "continue-on-error is a boolean");
    return node;
  }

  private static Template template(Node node, String expected) {
    Values.scalar(node, expected);
    return ManifestReader.expression(node, ActionExpressions.STEP);
  }

  private static Map<String, Template> templates(Node node, String expected) {
    Map<String, Template> values = new LinkedHashMap<>();
    for (Node.Entry entry : Values.mapping(node, expected).entries()) {
      values.put(entry.name(), template(entry.value(), expected));
    }
    return values;
  }

  /** A step's {@code if}; none is {@code success()}, as GitHub's default. */
  private static Condition condition(Node node) {
    String written = node == null ? "" : Values.string(node, "if is an expression").source();
    try {
      return Condition.parse(written, ActionExpressions.STEP_IF);
    } catch (ExpressionException e) {
      throw WorkflowException.at(node, e.getMessage(), null);
    }
  }
}
