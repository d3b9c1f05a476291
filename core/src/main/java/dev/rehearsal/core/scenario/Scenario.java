package dev.rehearsal.core.scenario;

import dev.rehearsal.core.github.SubjectTemplate;
import dev.rehearsal.core.github.WorkflowRun;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rehearsed workflow run and what should happen to it: a job of {@code run} presents its token
 * (asked for {@code audience}, {@code tokenAge} old) to assume {@code role}; the scenario expects
 * the assumption to be allowed or denied (optionally with AWS's error code), and then each ECR
 * action to be allowed or denied to the session.
 *
 * @param line where the scenario starts in its file, for messages and reports
 * @param sourceIp the runner's address, {@code aws:SourceIp} of its ECR requests; empty when the
 *     scenario names none (then the key is absent, as for a request through a VPC endpoint)
 */
public record Scenario(
    String name,
    int line,
    WorkflowRun run,
    String role,
    String audience,
    Duration tokenAge,
    SubjectTemplate subjectTemplate,
    Verdict expectedAssume,
    Optional<String> expectedError,
    List<EcrExpectation> ecr,
    Optional<String> sourceIp) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(tokenAge, "tokenAge");
    Objects.requireNonNull(subjectTemplate, "subjectTemplate");
    Objects.requireNonNull(expectedAssume, "expectedAssume");
    Objects.requireNonNull(expectedError, "expectedError");
    ecr = List.copyOf(ecr);
    Objects.requireNonNull(sourceIp, "sourceIp");
  }
}
