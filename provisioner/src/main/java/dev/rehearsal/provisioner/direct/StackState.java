package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.DeployedResource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the direct way knows of a stack, kept between runs: where it lives (endpoint, region,
 * account), the template and parameters it was last applied with, how many applies it has seen
 * (each draws its generated names from a seed of its own), its status as CloudFormation would name
 * it, its resources as the services answered, the old halves of replacements not deleted yet, and
 * its outputs. Holds nothing secret.
 */
record StackState(
    int version,
    String stackName,
    String stackId,
    String endpoint,
    String region,
    String accountId,
    long applies,
    String status,
    String template,
    Map<String, String> parameters,
    List<DeployedResource> resources,
    List<DeployedResource> leftovers,
    Map<String, String> outputs) {
  /** The layout this build writes; a record of another layout is refused, not misread. */
  static final int VERSION = 1;

  StackState {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(stackId, "stackId");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(status, "status");
    template = template == null ? "" : template;
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    resources = resources == null ? List.of() : List.copyOf(resources);
    leftovers = leftovers == null ? List.of() : List.copyOf(leftovers);
    outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
  }

  /** The resources by logical id, in the order they were recorded. */
  Map<String, DeployedResource> deployed() {
    Map<String, DeployedResource> byId = new LinkedHashMap<>();
    resources.forEach(resource -> byId.put(resource.logicalId(), resource));
    return byId;
  }

  /** Whether a template was ever applied completely: a failed first create leaves none. */
  boolean applied() {
    return !template.isEmpty();
  }

  /** This record with another status, resources and leftovers: how an apply or destroy goes. */
  StackState with(
      String newStatus,
      Collection<DeployedResource> newResources,
      Collection<DeployedResource> newLeftovers) {
    return copy(applies, newStatus, template, parameters, newResources, newLeftovers, outputs);
  }

  /** This record once {@code newTemplate} is applied with {@code newParameters}. */
  StackState applied(
      String newTemplate, Map<String, String> newParameters, Map<String, String> newOutputs) {
    return copy(applies, status, newTemplate, newParameters, resources, leftovers, newOutputs);
  }

  /** This record with one more apply counted: the next apply's seed. */
  StackState counted() {
    return copy(applies + 1, status, template, parameters, resources, leftovers, outputs);
  }

  private StackState copy(
      long newApplies,
      String newStatus,
      String newTemplate,
      Map<String, String> newParameters,
      Collection<DeployedResource> newResources,
      Collection<DeployedResource> newLeftovers,
      Map<String, String> newOutputs) {
    return new StackState(
        version,
        stackName,
        stackId,
        endpoint,
        region,
        accountId,
        newApplies,
        newStatus,
        newTemplate,
        newParameters,
        List.copyOf(newResources),
        List.copyOf(newLeftovers),
        newOutputs);
  }
}
