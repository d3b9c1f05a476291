package dev.rehearsal.core.cloudformation;

import dev.rehearsal.core.cloudformation.parameter.ParameterValue;
import dev.rehearsal.core.cloudformation.resource.ManagedPolicyResource;
import dev.rehearsal.core.cloudformation.resource.OidcProviderResource;
import dev.rehearsal.core.cloudformation.resource.OpaqueResource;
import dev.rehearsal.core.cloudformation.resource.PolicyResource;
import dev.rehearsal.core.cloudformation.resource.RepositoryResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.symbol.Unresolved;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A template resolved for one stack: what a provisioner creates and what {@code rehearse check}
 * evaluates. Resources are in creation order; those whose {@code Condition} is false are absent.
 * {@code unresolved} names each use of a value a template read for analysis could not resolve (its
 * symbol stands in the values); it is empty for a template read to deploy.
 */
public record ResolvedStack(
    String stackName,
    String stackId,
    Map<String, ParameterValue> parameters,
    Map<String, Boolean> conditions,
    List<ResolvedResource> resources,
    List<ResolvedOutput> outputs,
    SourceTree source,
    List<Unresolved> unresolved) {
  public ResolvedStack {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(stackId, "stackId");
    parameters = Map.copyOf(parameters);
    conditions = Map.copyOf(conditions);
    resources = List.copyOf(resources);
    outputs = List.copyOf(outputs);
    Objects.requireNonNull(source, "source");
    unresolved = List.copyOf(unresolved);
  }

  /** A stack resolved for deploying: every value is known. */
  public ResolvedStack(
      String stackName,
      String stackId,
      Map<String, ParameterValue> parameters,
      Map<String, Boolean> conditions,
      List<ResolvedResource> resources,
      List<ResolvedOutput> outputs,
      SourceTree source) {
    this(stackName, stackId, parameters, conditions, resources, outputs, source, List.of());
  }

  /** The resources whose types are outside the flow (only in a template read for analysis). */
  public List<OpaqueResource> opaqueResources() {
    return typed(OpaqueResource.class);
  }

  public Optional<ResolvedResource> resource(String logicalId) {
    return resources.stream().filter(r -> r.logicalId().equals(logicalId)).findFirst();
  }

  public Optional<ResolvedOutput> output(String name) {
    return outputs.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  public List<OidcProviderResource> oidcProviders() {
    return typed(OidcProviderResource.class);
  }

  public List<RoleResource> roles() {
    return typed(RoleResource.class);
  }

  /**
   * Throws IAM's refusal of the first role whose trust policy IAM would not take: lint and diff
   * reason about the documents, so a stack with one they cannot read is refused whole, as a deploy
   * refuses it ({@code check} instead fails the scenarios naming that role).
   */
  public ResolvedStack requireTrustPoliciesIamAccepts() {
    for (RoleResource role : roles()) {
      if (role.trustRefusal().isPresent()) {
        throw role.trustRefusal().get();
      }
    }
    return this;
  }

  public List<PolicyResource> policies() {
    return typed(PolicyResource.class);
  }

  public List<ManagedPolicyResource> managedPolicies() {
    return typed(ManagedPolicyResource.class);
  }

  public List<RepositoryResource> repositories() {
    return typed(RepositoryResource.class);
  }

  /**
   * Where in the template a property of a resource was written, e.g. {@code locate("Role",
   * "/AssumeRolePolicyDocument/Statement/0/Condition")}: a JSON Pointer relative to the resource's
   * {@code Properties}. A value an intrinsic function produced is located at the function call.
   */
  public Optional<Location> locate(String logicalId, String propertyPointer) {
    String resource = SourceMap.child("/Resources", logicalId);
    return source.locate(resource + "/Properties" + propertyPointer);
  }

  private <T> List<T> typed(Class<T> type) {
    return resources.stream()
        .map(ResolvedResource::typed)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
