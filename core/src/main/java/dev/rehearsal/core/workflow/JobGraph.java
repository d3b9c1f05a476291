package dev.rehearsal.core.workflow;

import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code needs} graph: checked as GitHub's workflow parser checks it (actions/runner, {@code
 * WorkflowTemplateConverter.ConvertToJobs}; job ids compared ignoring case) and put in order.
 */
final class JobGraph {
  private JobGraph() {}

  /**
   * Refuses a graph GitHub refuses: no job without needs ("The workflow must contain at least one
   * job with no dependencies."), a need naming no job ("Job 'b' depends on unknown job 'x'."), a
   * cycle ("Job 'b' depends on job 'a' which creates a cycle in the dependency graph.").
   */
  static void check(Node.Mapping jobsNode, Map<String, List<Node.Scalar>> needs) {
    if (needs.values().stream().allMatch(n -> !n.isEmpty())) {
      throw WorkflowException.at(
          jobsNode, "The workflow must contain at least one job with no dependencies.", null);
    }
    Set<String> ids = new HashSet<>();
    needs.keySet().forEach(id -> ids.add(fold(id)));
    Map<String, List<Node.Scalar>> waiting = new LinkedHashMap<>();
    needs.forEach((id, list) -> waiting.put(id, new ArrayList<>(list)));
    Set<String> done = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Map.Entry<String, List<Node.Scalar>> job : waiting.entrySet()) {
        job.getValue().removeIf(need -> done.contains(fold(need.text())));
        if (job.getValue().isEmpty() && done.add(fold(job.getKey()))) {
          progress = true;
        }
      }
    }
    for (Map.Entry<String, List<Node.Scalar>> job : waiting.entrySet()) {
      for (Node.Scalar need : job.getValue()) {
        String problem =
            ids.contains(fold(need.text()))
                ? "Job '"
                    + job.getKey()
                    + "' depends on job '"
                    + need.text()
                    + "' which creates a cycle in the dependency graph."
                : "Job '" + job.getKey() + "' depends on unknown job '" + need.text() + "'.";
        throw WorkflowException.at(need, problem, null);
      }
    }
  }

  /** Jobs after their needs; of the jobs ready together, the first written first. */
  static List<Job> order(List<Job> jobs) {
    List<Job> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    List<Job> pending = new ArrayList<>(jobs);
    while (!pending.isEmpty()) {
      Job next =
          pending.stream()
              .filter(job -> job.needs().stream().allMatch(n -> done.contains(fold(n))))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("checked when read: no cycle"));
      pending.remove(next);
      done.add(fold(next.id()));
      ordered.add(next);
    }
    return ordered;
  }

  private static String fold(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
