package dev.rehearsal.core.workflow;

import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Template;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code jobs.<job_id>.steps}: each step runs an action or a script, with the keys of
 * GitHub's {@code regular-step} and {@code run-step} (actions/runner, {@code
 * WorkflowParser/workflow-v1.0.json}).
 */
final class StepReader {
  private static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "if",
          "uses",
          "with",
          "run",
          "shell",
          "working-directory",
          "env",
          "continue-on-error",
          "timeout-minutes");
  private static final String NOT_BACKGROUND =
      "background and parallel steps are not run by the rehearsal";
  private static final Map<String, String> UNSUPPORTED =
      Map.of(
          "background", NOT_BACKGROUND,
          "wait", NOT_BACKGROUND,
          "wait-all", NOT_BACKGROUND,
          "cancel", NOT_BACKGROUND,
          "parallel", NOT_BACKGROUND);

  /** "{owner}/{repo}[/path]@{ref}", the form of an action in another repository. */
  private static final Pattern REMOTE = Pattern.compile("[^/@\\s]+/[^/@\\s]+(/[^@]*)?@[^@\\s]+");

  private StepReader() {}

  static List<Step> read(Node node) {
    Identifiers ids = new Identifiers();
    List<Step> steps = new ArrayList<>();
    for (Node item : Values.sequence(node, "steps is a list of steps").items()) {
      steps.add(step(Values.mapping(item, "a step is a mapping with 'uses' or 'run'"), ids));
    }
    return steps;
  }

  private static Step step(Node.Mapping step, Identifiers ids) {
    Values.keys(step, KEYS, UNSUPPORTED, "a step");
    Optional<Node> uses = step.get("uses");
    Optional<Node> run = step.get("run");
    if (uses.isPresent() && run.isPresent()) {
      throw WorkflowException.at(step, "a step cannot have both the `uses` and `run` keys", null);
    }
    if (uses.isEmpty() && run.isEmpty()) {
      throw WorkflowException.at(step, "every step must define a `uses` or `run` key", null);
    }
    Optional<String> id = step.get("id").map(n -> id(n, ids));
    Optional<Template> name = step.get("name").map(n -> Values.string(n, "name is text"));
    Optional<Template> condition = step.get("if").map(n -> Values.string(n, "if is an expression"));
    Map<String, Template> env =
        step.get("env").map(n -> Values.strings(n, "env maps names to values")).orElse(Map.of());
    Optional<Template> continueOnError =
        step.get("continue-on-error").map(n -> Values.bool(n, "continue-on-error is a boolean"));
    Optional<Template> timeout =
        step.get("timeout-minutes").map(n -> Values.number(n, "timeout-minutes is a number"));
    if (uses.isPresent()) {
      only(step, "uses", "shell", "working-directory");
      return new UsesStep(
          id,
          name,
          condition,
          uses(uses.get()),
          step.get("with")
              .map(n -> Values.strings(n, "with maps inputs to values"))
              .orElse(Map.of()),
          env,
          continueOnError,
          timeout,
          step.location());
    }
    only(step, "run", "with");
    return new RunStep(
        id,
        name,
        condition,
        Values.string(run.get(), "run is a script"),
        step.get("shell").map(n -> Values.literal(n, "shell is a shell name or command")),
        step.get("working-directory").map(n -> Values.nonEmpty(n, "working-directory is a path")),
        env,
        continueOnError,
        timeout,
        step.location());
  }

  private static String id(Node node, Identifiers ids) {
    Values.literal(node, "a step id is a name");
    ids.add((Node.Scalar) node);
    return ((Node.Scalar) node).text();
  }

  /** Refuses keys the other kind of step has: {@code with} on a run step, {@code shell} on uses. */
  private static void only(Node.Mapping step, String kind, String... others) {
    for (String other : others) {
      step.entry(other)
          .ifPresent(
              e -> {
                throw WorkflowException.at(
                    e.key(),
                    "Unexpected value '" + other + "'",
                    "a step with '" + kind + "' has no '" + other + "'");
              });
    }
  }

  /** An action as GitHub accepts it: a local path, a Docker image, or owner/repo[/path]@ref. */
  private static String uses(Node node) {
    String uses = Values.literal(node, "uses names an action");
    boolean local = uses.startsWith("./") || uses.startsWith(".\\") || uses.startsWith("$/");
    if (!local && !uses.startsWith("docker://") && !REMOTE.matcher(uses).matches()) {
      throw WorkflowException.at(
          node, "Expected format {org}/{repo}[/path]@ref. Actual '" + uses + "'", null);
    }
    return uses;
  }
}
