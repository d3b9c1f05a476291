package dev.rehearsal.runner.workflow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.runner.job.JobReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of one job of the workflow: {@code success}, {@code failure}, {@code cancelled} or
 * {@code skipped} (the {@code needs.<job_id>.result} values), why when it did not run, each of its
 * runs (one per matrix combination), and its outputs.
 */
public record JobResult(
    String id, String result, String reason, List<JobReport> runs, Map<String, String> outputs) {
  public JobResult {
    runs = List.copyOf(runs);
    outputs = Map.copyOf(new LinkedHashMap<>(outputs));
  }

  static JobResult skipped(String id, String reason) {
    return new JobResult(id, "skipped", reason, List.of(), Map.of());
  }

  ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("job", id);
    json.put("result", result);
    if (reason != null) {
      json.put("reason", reason);
    }
    ArrayNode array = json.putArray("runs");
    runs.forEach(run -> array.add(run.toJson()));
    ObjectNode out = json.putObject("outputs");
    outputs.forEach(out::put);
    return json;
  }
}
