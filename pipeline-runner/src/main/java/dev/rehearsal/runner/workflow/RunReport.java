package dev.rehearsal.runner.workflow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A run of a workflow: whether the event triggered it and why (not), and what became of each job.
 * It succeeded when it was triggered and no job failed or was cancelled.
 */
public record RunReport(boolean triggered, String reason, List<JobResult> jobs) {
  public RunReport {
    jobs = List.copyOf(jobs);
  }

  public boolean succeeded() {
    return triggered
        && jobs.stream()
            .noneMatch(j -> j.result().equals("failure") || j.result().equals("cancelled"));
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("triggered", triggered);
    json.put("reason", reason);
    json.put("conclusion", succeeded() ? "success" : "failure");
    ArrayNode array = json.putArray("jobs");
    jobs.forEach(job -> array.add(job.toJson()));
    return json;
  }
}
