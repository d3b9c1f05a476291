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
    "repository_owner_id"
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
    map.string("environment").ifPresent(builder::environment);
    map.string("actor").ifPresent(builder::actor);
    map.string("workflow").ifPresent(builder::workflow);
    map.string("repository_id").ifPresent(builder::repositoryId);
    map.string("repository_owner_id").ifPresent(builder::repositoryOwnerId);
    map.bool("immutable_subject").ifPresent(builder::immutableSubject);
    builder.jobWorkflowRef(
        map.string("job_workflow_ref")
            .orElse(RunShorthand.deployWorkflowRef(repository, RunShorthand.fullRef(ref))));
    return builder.build();
  }
}
