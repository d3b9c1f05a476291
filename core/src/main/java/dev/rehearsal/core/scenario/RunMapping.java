package dev.rehearsal.core.scenario;

import dev.rehearsal.core.github.RunShorthand;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.github.WorkflowRunBuilder;
import java.util.Optional;

/**
 * A scenario's {@code run} mapping turned into the {@link WorkflowRun} it describes, one way for
 * both readers of a scenario file: {@link YamlMap} over SnakeYAML's nodes and {@link ScenarioLines}
 * over a generated file's lines.
 */
final class RunMapping {
  /** The values of a run mapping's keys. */
  interface Values {
    /** The value of {@code key}, empty when the mapping lacks it. */
    Optional<String> string(String key);

    /** The value of {@code key} as true or false, empty when the mapping lacks it. */
    Optional<Boolean> bool(String key);
  }

  /** The keys a run mapping may have, in the order {@link ScenarioLines} numbers them. */
  static final String[] KEYS = {
    "repository",
    "ref",
    "event",
    "environment",
    "actor",
    "workflow",
    "job_workflow_ref",
    "base_ref",
    "head_ref",
    "audience",
    "token_age",
    "subject_template",
    "immutable_subject",
    "repository_id",
    "repository_owner_id",
    "source_ip"
  };

  private RunMapping() {}

  /**
   * The run of {@code repository} at {@code ref} with the mapping's other values; the keys are
   * asked for in this order, so that of several bad values the same one is named first.
   *
   * @throws dev.rehearsal.core.error.RehearsalException naming the first invalid value
   */
  static WorkflowRun workflowRun(String repository, String ref, Values map) {
    WorkflowRunBuilder builder =
        RunShorthand.builder(
            repository,
            ref,
            map.string("event").orElse("push"),
            map.string("base_ref").orElse("main"),
            map.string("head_ref").orElse("feature"));
    // Plain ifs rather than ifPresent(builder::x): a bound method reference is an object per call,
    // and a generated file has 100,000 runs.
    Optional<String> value = map.string("environment");
    if (value.isPresent()) {
      builder.environment(value.get());
    }
    if ((value = map.string("actor")).isPresent()) {
      builder.actor(value.get());
    }
    if ((value = map.string("workflow")).isPresent()) {
      builder.workflow(value.get());
    }
    if ((value = map.string("repository_id")).isPresent()) {
      builder.repositoryId(value.get());
    }
    if ((value = map.string("repository_owner_id")).isPresent()) {
      builder.repositoryOwnerId(value.get());
    }
    Optional<Boolean> immutable = map.bool("immutable_subject");
    if (immutable.isPresent()) {
      builder.immutableSubject(immutable.get());
    }
    // Unset, the builder's job_workflow_ref is its workflow_ref: the deploy workflow's file in the
    // repository at the full ref, RunShorthand.deployWorkflowRef (RunMappingTest pins it).
    if ((value = map.string("job_workflow_ref")).isPresent()) {
      builder.jobWorkflowRef(value.get());
    }
    return builder.build();
  }
}
