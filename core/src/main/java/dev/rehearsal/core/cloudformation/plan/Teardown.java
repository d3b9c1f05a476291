package dev.rehearsal.core.cloudformation.plan;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deletes of a plan: CloudFormation deletes in the cleanup phase, after every create and
 * update, and deletes a resource before the resources it needs (the reverse of creation order).
 */
final class Teardown {
  private Teardown() {}

  /** Resources no longer in the template, and the old halves of replacements. */
  static List<PlanStep.Delete> deletes(
      Map<String, DeployedResource> deployed, ResolvedStack desired, Set<String> replaced) {
    Map<String, DeployedResource> leaving = new LinkedHashMap<>();
    deployed.forEach(
        (id, resource) -> {
          if (desired.resource(id).isEmpty() || replaced.contains(id)) {
            leaving.put(id, resource);
          }
        });
    return ordered(leaving).stream()
        .map(
            resource -> {
              boolean replacement = replaced.contains(resource.logicalId());
              return new PlanStep.Delete(
                  resource.logicalId(),
                  resource.type(),
                  resource.physicalId(),
                  replacement,
                  replacement
                      ? "the old resource, replaced by a new one"
                      : "no longer in the template");
            })
        .toList();
  }

  static List<PlanStep.Delete> all(Map<String, DeployedResource> deployed) {
    return ordered(deployed).stream()
        .map(
            r ->
                new PlanStep.Delete(
                    r.logicalId(), r.type(), r.physicalId(), false, "the stack is deleted"))
        .toList();
  }

  /** Dependents before what they need; otherwise in reverse of the order given. */
  private static List<DeployedResource> ordered(Map<String, DeployedResource> leaving) {
    List<DeployedResource> creationOrder = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (DeployedResource resource : leaving.values()) {
      place(resource, leaving, placed, creationOrder, new HashSet<>());
    }
    List<DeployedResource> reversed = new ArrayList<>(creationOrder);
    Collections.reverse(reversed);
    return reversed;
  }

  private static void place(
      DeployedResource resource,
      Map<String, DeployedResource> leaving,
      Set<String> placed,
      List<DeployedResource> order,
      Set<String> visiting) {
    if (placed.contains(resource.logicalId()) || !visiting.add(resource.logicalId())) {
      return;
    }
    for (String needed : resource.requires()) {
      DeployedResource dependency = leaving.get(needed);
      if (dependency != null) {
        place(dependency, leaving, placed, order, visiting);
      }
    }
    placed.add(resource.logicalId());
    order.add(resource);
  }
}
