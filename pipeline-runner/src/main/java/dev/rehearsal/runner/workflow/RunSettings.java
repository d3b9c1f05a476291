package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.workflow.permission.TokenSettings;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run adds to the workflow and the event: the repository's secrets and variables ({@code
 * secrets}, {@code vars}), its {@code GITHUB_TOKEN} settings, where the workflow file lives in the
 * repository ({@code .github/workflows/deploy.yml}: it names the run in the token's claims), and,
 * optionally, the one job to run.
 */
public record RunSettings(
    Map<String, String> secrets,
    Map<String, String> vars,
    TokenSettings tokens,
    String workflowPath,
    Optional<String> onlyJob) {
  public RunSettings {
    secrets = Map.copyOf(secrets);
    vars = Map.copyOf(vars);
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(workflowPath, "workflowPath");
    Objects.requireNonNull(onlyJob, "onlyJob");
  }
}
