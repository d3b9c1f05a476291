package dev.rehearsal.aws.cloudformation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.rehearsal.core.cloudformation.DeployedResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One stack and everything CloudFormation keeps of it: status, template, parameters, resources,
 * outputs, events and change sets, plus the journal of an operation in progress ({@link Pending}),
 * so that a restart can finish what a crash interrupted. Guarded by its own monitor; {@link
 * StackStore} writes it whole after every change.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class Stack {
  String stackId;
  String stackName;
  String description;
  String status;
  String statusReason;
  Instant creationTime;
  Instant lastUpdatedTime;
  Instant deletionTime;
  String templateBody;
  Map<String, String> parameters = new LinkedHashMap<>();
  List<String> noEcho = new ArrayList<>();
  List<String> capabilities = new ArrayList<>();
  Map<String, String> tags = new LinkedHashMap<>();
  boolean disableRollback;
  long seed;
  int operations;
  Map<String, StackResourceState> resources = new LinkedHashMap<>();
  List<StackOutput> outputs = new ArrayList<>();
  List<StackEvent> events = new ArrayList<>();
  List<ChangeSet> changeSets = new ArrayList<>();
  Pending pending;

  /**
   * What an operation in progress started from: the template, parameters and resources to return to
   * if it fails or the emulator stops midway.
   */
  record Pending(
      String kind,
      String templateBody,
      Map<String, String> parameters,
      long seed,
      Map<String, DeployedResource> before,
      Map<String, DeployedResource> abandoned) {
    /**
     * {@code abandoned}: the new halves of replacements a rollback has switched away from, written
     * down before the switch so that a stop before their deletion does not lose them (a file
     * written before they were recorded has none).
     */
    Pending {
      abandoned = abandoned == null ? Map.of() : Map.copyOf(abandoned);
    }

    Pending(
        String kind,
        String templateBody,
        Map<String, String> parameters,
        long seed,
        Map<String, DeployedResource> before) {
      this(kind, templateBody, parameters, seed, before, Map.of());
    }

    Pending abandoning(Map<String, DeployedResource> newHalves) {
      Map<String, DeployedResource> all = new LinkedHashMap<>(abandoned);
      all.putAll(newHalves);
      return new Pending(kind, templateBody, parameters, seed, before, all);
    }
  }

  /** The resources that exist, as the plan engine knows them. */
  Map<String, DeployedResource> deployed() {
    Map<String, DeployedResource> deployed = new LinkedHashMap<>();
    resources.forEach(
        (id, resource) -> {
          if (resource.deployed() != null) {
            deployed.put(id, resource.deployed());
          }
        });
    return deployed;
  }

  Optional<ChangeSet> changeSet(String nameOrId) {
    return changeSets.stream()
        .filter(c -> c.name().equals(nameOrId) || c.id().equals(nameOrId))
        .findFirst();
  }

  /**
   * A change set being executed takes the stack's outcome: {@code EXECUTE_COMPLETE}, or {@code
   * EXECUTE_FAILED} after a rollback or a failure.
   */
  void settleChangeSets() {
    boolean succeeded = status.endsWith("_COMPLETE") && !status.contains("ROLLBACK");
    changeSets.replaceAll(
        c ->
            "EXECUTE_IN_PROGRESS".equals(c.executionStatus())
                ? c.withExecutionStatus(succeeded ? "EXECUTE_COMPLETE" : "EXECUTE_FAILED")
                : c);
  }

  boolean deleted() {
    return "DELETE_COMPLETE".equals(status);
  }
}
