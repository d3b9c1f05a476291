package dev.rehearsal.core.workflow;

import dev.rehearsal.core.workflow.permission.PermissionsReader;
import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Template;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import dev.rehearsal.core.workflow.source.WorkflowYaml;
import dev.rehearsal.core.workflow.trigger.TriggersReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a workflow file's top level ({@code workflow-root-strict} of GitHub's schema: {@code on}
 * and {@code jobs} required), its jobs, and checks the {@code needs} graph.
 */
final class WorkflowReader {
  private static final List<String> KEYS =
      List.of("name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs");

  private WorkflowReader() {}

  static Workflow read(String yaml) {
    Node root = WorkflowYaml.read(yaml);
    Node.Mapping workflow = Values.mapping(root, "a workflow is a mapping with 'on' and 'jobs'");
    Values.keys(workflow, KEYS, Map.of(), "a workflow");
    Node on = required(workflow, "on");
    Node.Mapping jobsNode = Values.mapping(required(workflow, "jobs"), "jobs maps job ids to jobs");
    Identifiers ids = new Identifiers();
    List<Job> jobs = new ArrayList<>();
    Map<String, List<Node.Scalar>> needs = new LinkedHashMap<>();
    for (Node.Entry entry : jobsNode.entries()) {
      ids.add(entry.key());
      Job job = JobReader.read(entry);
      jobs.add(job);
      needs.put(job.id(), JobReader.needNodes((Node.Mapping) entry.value()));
    }
    JobGraph.check(jobsNode, needs);
    return new Workflow(
        workflow.get("name").map(n -> Values.string(n, "name is text")),
        workflow.get("run-name").map(n -> Values.string(n, "run-name is text")),
        TriggersReader.read(on),
        workflow.entry("permissions").map(PermissionsReader::read),
        workflow
            .get("env")
            .map(n -> Values.strings(n, "env maps names to values"))
            .orElse(Map.of()),
        workflow.get("defaults").map(WorkflowReader::defaults),
        workflow.get("concurrency").map(WorkflowReader::concurrency),
        jobs,
        root.location());
  }

  private static Node required(Node.Mapping mapping, String key) {
    return mapping
        .get(key)
        .orElseThrow(
            () -> WorkflowException.at(mapping, "Required property is missing: " + key, null));
  }

  /** {@code defaults}: only {@code run}, with {@code shell} and {@code working-directory}. */
  static ShellDefaults defaults(Node node) {
    Node.Mapping defaults = Values.mapping(node, "defaults has run");
    Values.keys(defaults, List.of("run"), Map.of(), "defaults");
    Optional<Node.Mapping> run =
        defaults
            .get("run")
            .map(n -> Values.mapping(n, "defaults.run has shell, working-directory"));
    run.ifPresent(
        r -> Values.keys(r, List.of("shell", "working-directory"), Map.of(), "defaults.run"));
    return new ShellDefaults(
        run.flatMap(r -> r.get("shell"))
            .map(n -> Values.literal(n, "shell is a shell name or command")),
        run.flatMap(r -> r.get("working-directory"))
            .map(n -> Values.nonEmpty(n, "working-directory is a path")));
  }

  /** {@code concurrency}: a group name, or {@code group} and {@code cancel-in-progress}. */
  static Concurrency concurrency(Node node) {
    if (node instanceof Node.Mapping mapping) {
      Values.keys(mapping, List.of("group", "cancel-in-progress"), Map.of(), "concurrency");
      Template group =
          Values.nonEmpty(required(mapping, "group"), "group names the concurrency group");
      return new Concurrency(
          group,
          mapping
              .get("cancel-in-progress")
              .map(n -> Values.bool(n, "cancel-in-progress is a boolean")),
          node.location());
    }
    return new Concurrency(
        Values.nonEmpty(node, "concurrency is a group name"), Optional.empty(), node.location());
  }
}
