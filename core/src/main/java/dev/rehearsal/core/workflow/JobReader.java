package dev.rehearsal.core.workflow;

import dev.rehearsal.core.workflow.matrix.MatrixReader;
import dev.rehearsal.core.workflow.permission.PermissionsReader;
import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Template;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one {@code jobs.<job_id>} with the keys of GitHub's {@code job-factory} (actions/runner,
 * {@code WorkflowParser/workflow-v1.0.json}) that the rehearsal runs.
 */
final class JobReader {
  static final List<String> KEYS =
      List.of(
          "name",
          "runs-on",
          "needs",
          "if",
          "env",
          "outputs",
          "environment",
          "timeout-minutes",
          "continue-on-error",
          "permissions",
          "defaults",
          "concurrency",
          "strategy",
          "steps");
  private static final String REUSABLE = "reusable workflows are not run by the rehearsal";
  private static final Map<String, String> UNSUPPORTED =
      Map.of(
          "services", "the rehearsal runs jobs on the host, without service containers",
          "container", "the rehearsal runs jobs on the host, not in a container",
          "uses", REUSABLE,
          "with", REUSABLE,
          "secrets", REUSABLE,
          "snapshot", "the rehearsal makes no runner images",
          "cancel-timeout-minutes", "the rehearsal does not cancel jobs");

  private JobReader() {}

  static Job read(Node.Entry entry) {
    String id = entry.name();
    Node.Mapping job = Values.mapping(entry.value(), "a job is a mapping with runs-on and steps");
    Values.keys(job, KEYS, UNSUPPORTED, "a job");
    Node runsOn =
        job.get("runs-on")
            .orElseThrow(
                () -> WorkflowException.at(job, "Required property is missing: runs-on", null));
    Node steps =
        job.get("steps")
            .orElseThrow(
                () ->
                    WorkflowException.at(
                        entry.key(),
                        "No steps defined in `steps` and no workflow called in `uses` for the"
                            + " following jobs: "
                            + id,
                        null));
    return new Job(
        id,
        job.get("name").map(n -> Values.string(n, "name is text")),
        runsOn(runsOn),
        needs(job),
        job.get("if").map(n -> Values.string(n, "if is an expression")),
        strings(job, "env"),
        strings(job, "outputs"),
        job.get("environment").map(JobReader::environment),
        job.get("timeout-minutes").map(n -> Values.number(n, "timeout-minutes is a number")),
        job.get("continue-on-error").map(n -> Values.bool(n, "continue-on-error is a boolean")),
        job.entry("permissions").map(PermissionsReader::read),
        job.get("defaults").map(WorkflowReader::defaults),
        job.get("concurrency").map(WorkflowReader::concurrency),
        job.get("strategy").map(n -> strategy(id, n)),
        StepReader.read(steps),
        entry.key().location());
  }

  /** The job's {@code needs}: one job id or a list of them. */
  static List<Node.Scalar> needNodes(Node.Mapping job) {
    return job.get("needs").map(n -> Values.literals(n, "needs names jobs")).orElse(List.of());
  }

  private static List<String> needs(Node.Mapping job) {
    return needNodes(job).stream().map(Node.Scalar::text).toList();
  }

  private static Map<String, Template> strings(Node.Mapping job, String key) {
    return job.get(key).map(n -> Values.strings(n, key + " maps names to values")).orElse(Map.of());
  }

  private static RunsOn runsOn(Node node) {
    if (node instanceof Node.Mapping mapping) {
      Values.keys(mapping, List.of("group", "labels"), Map.of(), "runs-on");
      List<Template> labels = mapping.get("labels").map(JobReader::labels).orElse(List.of());
      Optional<Template> group =
          mapping.get("group").map(n -> Values.nonEmpty(n, "group is a name"));
      return new RunsOn(labels, group, node.location());
    }
    return new RunsOn(labels(node), Optional.empty(), node.location());
  }

  private static List<Template> labels(Node node) {
    List<Node> items = node instanceof Node.Sequence sequence ? sequence.items() : List.of(node);
    return items.stream()
        .map(n -> Values.nonEmpty(n, "runs-on is a label or a list of labels"))
        .toList();
  }

  private static Environment environment(Node node) {
    if (node instanceof Node.Mapping mapping) {
      Values.keys(mapping, List.of("name", "url", "deployment"), Map.of(), "environment");
      Node name =
          mapping
              .get("name")
              .orElseThrow(
                  () -> WorkflowException.at(mapping, "Required property is missing: name", null));
      return new Environment(
          Values.string(name, "the environment's name"),
          mapping.get("url").map(n -> Values.string(n, "url is a URL")),
          mapping.get("deployment").map(n -> Values.bool(n, "deployment is a boolean")),
          node.location());
    }
    return new Environment(
        Values.string(node, "environment is a name or {name, url}"),
        Optional.empty(),
        Optional.empty(),
        node.location());
  }

  private static Strategy strategy(String jobId, Node node) {
    Node.Mapping strategy = Values.mapping(node, "strategy has matrix, fail-fast, max-parallel");
    Values.keys(strategy, List.of("matrix", "fail-fast", "max-parallel"), Map.of(), "strategy");
    return new Strategy(
        strategy.entry("matrix").map(e -> MatrixReader.read(jobId, e)),
        strategy.get("fail-fast").map(n -> Values.bool(n, "fail-fast is a boolean")),
        strategy.get("max-parallel").map(n -> Values.number(n, "max-parallel is a number")),
        node.location());
  }
}
