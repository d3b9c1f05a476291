package dev.rehearsal.runner.action.manifest;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.expression.ExpressionException;
import dev.rehearsal.core.expression.Scope;
import dev.rehearsal.core.expression.Template;
import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import dev.rehearsal.core.workflow.source.WorkflowYaml;
import dev.rehearsal.runner.action.ActionExpressions;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an action's metadata file as actions/runner's {@code ActionManifestManager.Load} reads it
 * (docs.github.com, "Metadata syntax for GitHub Actions"): {@code name}, {@code inputs} (each
 * {@code default} and {@code deprecationMessage}; {@code description} and {@code required} are the
 * action's documentation, which the runner does not enforce), {@code outputs}, and {@code runs}
 * with {@code using: node12|node16|node20|node24} or {@code composite}. Other top-level keys are
 * ignored, as the runner ignores them. Every refusal names the file, and the key with its line
 * where there is one: {@code Failed to load DIR/action.yml: Unexpected value 'mian' at line 4,
 * column 3 (runs.mian): …}.
 */
public final class ManifestReader {
  /** The runner looks for these, in this order, in the action's folder. */
  private static final List<String> FILE_NAMES = List.of("action.yml", "action.yaml");

  private static final List<String> NODE_VERSIONS = List.of("node12", "node16", "node20", "node24");
  private static final List<String> RUNS_KEYS =
      List.of("using", "main", "pre", "pre-if", "post", "post-if", "steps");
  private static final Map<String, String> CONTAINER_KEYS =
      Map.of(
          "image", "container actions are not rehearsed",
          "args", "container actions are not rehearsed",
          "entrypoint", "container actions are not rehearsed",
          "env", "container actions are not rehearsed",
          "pre-entrypoint", "container actions are not rehearsed",
          "post-entrypoint", "container actions are not rehearsed",
          "plugin", "runner plugins are not rehearsed");

  private ManifestReader() {}

  /**
   * The action's {@code action.yml}, else its {@code action.yaml}, if {@code directory} has one.
   */
  public static Optional<Path> find(Path directory) {
    return FILE_NAMES.stream().map(directory::resolve).filter(Files::isRegularFile).findFirst();
  }

  /** Whether {@code directory} holds a container action the runner would build. */
  public static boolean hasDockerfile(Path directory) {
    return Files.isRegularFile(directory.resolve("Dockerfile"))
        || Files.isRegularFile(directory.resolve("dockerfile"));
  }

  /**
   * @throws ActionFailedException a file the runner would refuse, or one that runs in a way the
   *     rehearsal does not (a container action)
   */
  public static ActionManifest read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw failure(file, "cannot read it: " + e.getMessage(), e);
    }
    try {
      return read(file, WorkflowYaml.read(text));
    } catch (RehearsalException e) {
      throw failure(file, e.getMessage(), e);
    }
  }

  private static ActionManifest read(Path file, Node root) {
    Node.Mapping action = Values.mapping(root, "an action's metadata is a mapping");
    String name =
        action
            .get("name")
            .map(node -> Values.string(node, "name is text").source())
            .orElse(file.getParent().getFileName().toString());
    ActionMetadata.Builder metadata = ActionMetadata.builder();
    action.get("inputs").ifPresent(node -> inputs(node, metadata));
    Map<String, Template> outputs =
        action.get("outputs").map(ManifestReader::outputs).orElse(Map.of());
    Node runs =
        action
            .get("runs")
            .orElseThrow(
                () ->
                    new WorkflowException("Top level 'runs:' section is required", null, "", null));
    Runs how = runs(runs, metadata, outputs); // adds the pre and post steps to the metadata
    return new ActionManifest(file, name, metadata.build(), how);
  }

  private static void inputs(Node node, ActionMetadata.Builder metadata) {
    for (Node.Entry input : Values.mapping(node, "inputs maps names to inputs").entries()) {
      Node.Mapping declared = Values.mapping(input.value(), "an input is a mapping");
      Optional<Node> defaultValue = entry(declared, "default");
      if (defaultValue.isPresent()) {
        Node value = defaultValue.get();
        expression(value, ActionExpressions.INPUT_DEFAULT);
        metadata.input(input.name(), Values.string(value, "default is text").source());
      } else {
        metadata.input(input.name());
      }
      entry(declared, "deprecationMessage")
          .ifPresent(
              message ->
                  metadata.deprecated(
                      input.name(), Values.string(message, "deprecationMessage is text").source()));
    }
  }

  /** A key of an input, whose names the runner compares ignoring case. */
  private static Optional<Node> entry(Node.Mapping mapping, String key) {
    return mapping.entries().stream()
        .filter(entry -> entry.name().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
        .map(Node.Entry::value)
        .findFirst();
  }

  private static Map<String, Template> outputs(Node node) {
    Map<String, Template> outputs = new LinkedHashMap<>();
    for (Node.Entry output : Values.mapping(node, "outputs maps names to outputs").entries()) {
      Node.Mapping declared = Values.mapping(output.value(), "an output is a mapping");
      Values.keys(declared, List.of("description", "value"), Map.of(), "an output");
      declared
          .get("value")
          .ifPresent(
              value ->
                  outputs.put(output.name(), expression(value, ActionExpressions.OUTPUT_VALUE)));
    }
    return outputs;
  }

  private static Runs runs(
      Node node, ActionMetadata.Builder metadata, Map<String, Template> outputs) {
    Node.Mapping runs = Values.mapping(node, "runs says how the action runs");
    Values.keys(runs, RUNS_KEYS, CONTAINER_KEYS, "runs");
    Optional<String> using = runs.get("using").map(n -> Values.literal(n, "using names a runtime"));
    if (using.isEmpty()) {
      throw WorkflowException.at(
          runs,
          "Missing 'using' value. 'using' requires 'composite', 'docker', 'node12', 'node16',"
              + " 'node20' or 'node24'.",
          null);
    }
    String runtime = using.get().toLowerCase(Locale.ROOT);
    if (NODE_VERSIONS.contains(runtime)) {
      return node(runs, runtime, metadata);
    }
    if (runtime.equals("composite")) {
      Node steps =
          runs.get("steps")
              .orElseThrow(
                  () ->
                      WorkflowException.at(
                          runs,
                          "You are using a composite action but there are no steps provided",
                          null));
      return new Runs.Composite(CompositeStepReader.read(steps), outputs);
    }
    Node value = runs.get("using").orElseThrow();
    if (runtime.equals("docker")) {
      throw WorkflowException.at(
          value, "Container actions (using: docker) are not rehearsed", "only node and composite");
    }
    throw WorkflowException.at(
        value,
        "'using: "
            + using.get()
            + "' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead.",
        null);
  }

  private static Runs.Node node(Node.Mapping runs, String using, ActionMetadata.Builder metadata) {
    Optional<String> main = script(runs, "main");
    if (main.isEmpty()) {
      throw WorkflowException.at(
          runs,
          "You are using a JavaScript Action but there is not an entry JavaScript file provided",
          null);
    }
    Optional<String> pre = script(runs, "pre");
    Optional<String> post = script(runs, "post");
    pre.ifPresent(p -> metadata.pre(condition(runs, "pre-if")));
    post.ifPresent(p -> metadata.post(condition(runs, "post-if")));
    return new Runs.Node(using, main.get(), pre, post);
  }

  private static Optional<String> script(Node.Mapping runs, String key) {
    return runs.get(key).map(node -> Values.nonEmpty(node, key + " is a script's path").source());
  }

  private static String condition(Node.Mapping runs, String key) {
    return runs.get(key)
        .map(node -> Values.nonEmpty(node, key + " is a condition").source())
        .orElse(ActionMetadata.ALWAYS);
  }

  /** A scalar's expressions, parsed for {@code scope}; a refusal names the key and its line. */
  static Template expression(Node node, Scope scope) {
    Node.Scalar scalar = Values.scalar(node, "a value");
    try {
      return Template.parse(scalar.text(), scope);
    } catch (ExpressionException e) {
      throw WorkflowException.at(node, e.getMessage(), null);
    }
  }

  private static ActionFailedException failure(Path file, String detail, Exception cause) {
    return new ActionFailedException("Failed to load " + file + ": " + detail, cause);
  }
}
