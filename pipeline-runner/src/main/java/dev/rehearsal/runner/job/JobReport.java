package dev.rehearsal.runner.job;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.runner.log.Annotation;
import java.time.Duration;
import java.util.List;

/** A job's result: its status, each step's report, and how long it took. */
public record JobReport(String jobId, JobStatus status, List<StepReport> steps, Duration duration) {
  public JobReport {
    steps = List.copyOf(steps);
  }

  /**
   * The report as JSON: {@code {"job", "status", "duration_ms", "steps": [{"name", "id", "kind",
   * "outcome", "conclusion", "outputs", "duration_ms", "annotations": [{"level", "message",
   * "properties"}]}]}}.
   */
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("job", jobId);
    json.put("status", status.value());
    json.put("duration_ms", duration.toMillis());
    ArrayNode stepsJson = json.putArray("steps");
    for (StepReport step : steps) {
      ObjectNode stepJson = stepsJson.addObject();
      stepJson.put("name", step.name());
      step.id().ifPresentOrElse(id -> stepJson.put("id", id), () -> stepJson.putNull("id"));
      stepJson.put("kind", step.kind());
      stepJson.put("outcome", step.outcome().value());
      stepJson.put("conclusion", step.conclusion().value());
      ObjectNode outputs = stepJson.putObject("outputs");
      step.outputs().forEach(outputs::put);
      stepJson.put("duration_ms", step.duration().toMillis());
      ArrayNode annotations = stepJson.putArray("annotations");
      for (Annotation annotation : step.annotations()) {
        ObjectNode annotationJson = annotations.addObject();
        annotationJson.put("level", annotation.level().command());
        annotationJson.put("message", annotation.message());
        ObjectNode properties = annotationJson.putObject("properties");
        annotation.properties().forEach(properties::put);
      }
    }
    return json;
  }
}
