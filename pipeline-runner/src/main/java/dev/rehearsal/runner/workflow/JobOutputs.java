package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.expression.ContextAvailability;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.workflow.Job;
import dev.rehearsal.runner.job.JobReport;
import dev.rehearsal.runner.job.StepReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job's {@code outputs}, evaluated once its steps ran (GitHub Docs, "Defining outputs for jobs"):
 * an output that holds a secret is not passed on ("Outputs containing secrets are redacted on the
 * runner and not sent to GitHub Actions").
 */
final class JobOutputs {
  private JobOutputs() {}

  static Map<String, String> evaluate(
      Job job, JobReport report, RunContexts contexts, PrintWriter out) {
    Map<String, Object> steps = new LinkedHashMap<>();
    for (StepReport step : report.steps()) {
      step.id()
          .ifPresent(
              id -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("outputs", new LinkedHashMap<>(step.outputs()));
                entry.put("outcome", step.outcome().value());
                entry.put("conclusion", step.conclusion().value());
                steps.putIfAbsent(id, entry);
              });
    }
    Contexts withSteps = contexts.afterJob(steps, report.status());
    Map<String, String> outputs = new LinkedHashMap<>();
    job.outputs()
        .forEach(
            (name, template) -> {
              String value = Evaluations.text(template, ContextAvailability.JOB_OUTPUTS, withSteps);
              if (value.contains("***")) {
                out.println("Skip output '" + name + "' since it may contain secret.");
              } else {
                outputs.put(name, value);
              }
            });
    return outputs;
  }
}
