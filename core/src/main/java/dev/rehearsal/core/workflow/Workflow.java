package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.permission.EffectivePermissions;
import dev.rehearsal.core.workflow.permission.PermissionsDeclaration;
import dev.rehearsal.core.workflow.permission.TokenSettings;
import dev.rehearsal.core.workflow.source.Template;
import dev.rehearsal.core.workflow.source.WorkflowException;
import dev.rehearsal.core.workflow.trigger.Event;
import dev.rehearsal.core.workflow.trigger.Triggers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A GitHub Actions workflow file, read as GitHub reads it (YAML 1.2, GitHub's schema and checks)
 * and refused with a {@link WorkflowException} naming the key and its line where GitHub would
 * refuse it or where it uses what the rehearsal does not run (services, containers, reusable
 * workflows).
 *
 * <pre>{@code
 * Workflow workflow = Workflow.parse(Files.readString(path));
 * Job job = workflow.job("build-push-image").orElseThrow();
 * workflow.triggers().match(Event.push("refs/heads/main", List.of("Dockerfile"))).runs(); // true
 * workflow.effectivePermissions(job, Event.push("refs/heads/main", List.of())).grantsIdToken();
 * }</pre>
 */
public record Workflow(
    Optional<Template> name,
    Optional<Template> runName,
    Triggers triggers,
    Optional<PermissionsDeclaration> permissions,
    Map<String, Template> env,
    Optional<ShellDefaults> defaults,
    Optional<Concurrency> concurrency,
    List<Job> jobs,
    Location location) {
  public Workflow {
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    jobs = List.copyOf(jobs);
  }

  /** Reads a workflow file's text. */
  public static Workflow parse(String yaml) {
    return WorkflowReader.read(yaml);
  }

  /** The job {@code id}, if the workflow has it. */
  public Optional<Job> job(String id) {
    return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
  }

  /**
   * The jobs in an order that runs every job after the jobs it {@code needs}; among jobs ready at
   * the same time, the one written first comes first.
   */
  public List<Job> jobsInOrder() {
    return JobGraph.order(jobs);
  }

  /**
   * The {@code GITHUB_TOKEN} permissions {@code job} gets for {@code event} in a repository with
   * GitHub's default settings (restricted default permissions, no write tokens for forks).
   */
  public EffectivePermissions effectivePermissions(Job job, Event event) {
    return effectivePermissions(job, event, TokenSettings.restricted());
  }

  /** As {@link #effectivePermissions(Job, Event)}, with the repository's settings. */
  public EffectivePermissions effectivePermissions(Job job, Event event, TokenSettings settings) {
    return EffectivePermissions.of(permissions, job.permissions(), event, settings);
  }
}
