package dev.rehearsal.core.scenario;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.resource.InlinePolicy;
import dev.rehearsal.core.cloudformation.resource.ManagedPolicyResource;
import dev.rehearsal.core.cloudformation.resource.OidcProviderResource;
import dev.rehearsal.core.cloudformation.resource.PolicyResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The IAM state a resolved stack creates, as scenarios see it. A role's permissions are what IAM
 * would attach to it: its inline {@code Policies}, the {@code AWS::IAM::Policy} resources that name
 * it in {@code Roles}, and the stack's managed policies attached to it (by {@code
 * ManagedPolicyArns} or by the managed policy's own {@code Roles}). Managed policies from outside
 * the stack (AWS managed ones included) are not known here and are reported by {@link
 * #unknownManagedPolicies}.
 */
public final class StackTarget {
  private StackTarget() {}

  public static Target of(ResolvedStack stack, String accountId, String region) {
    List<OidcProvider> providers = new ArrayList<>();
    for (OidcProviderResource provider : stack.oidcProviders()) {
      providers.add(
          new OidcProvider(
              provider.arn(), provider.url(), provider.clientIds(), provider.thumbprints()));
    }
    List<Target.Role> roles = new ArrayList<>();
    for (RoleResource role : stack.roles()) {
      roles.add(
          new Target.Role(
              role.logicalId(),
              role.name(),
              role.arn(),
              role.roleId(),
              role.trustPolicy(),
              role.maxSessionDuration(),
              permissions(stack, role),
              role.tags(),
              role.trustRefusal().map(e -> (MalformedPolicyDocumentException) e.getCause())));
    }
    return new Target(accountId, region, providers, roles);
  }

  /** ARNs a role attaches that the stack does not define: their documents are unknown here. */
  public static List<String> unknownManagedPolicies(ResolvedStack stack, RoleResource role) {
    return role.managedPolicyArns().stream()
        .filter(arn -> stack.managedPolicies().stream().noneMatch(p -> p.arn().equals(arn)))
        .toList();
  }

  private static List<PolicyDocument> permissions(ResolvedStack stack, RoleResource role) {
    List<PolicyDocument> documents = new ArrayList<>();
    role.inlinePolicies().stream().map(InlinePolicy::document).forEach(documents::add);
    for (PolicyResource policy : stack.policies()) {
      if (policy.roles().contains(role.name())) {
        documents.add(policy.document());
      }
    }
    for (ManagedPolicyResource policy : stack.managedPolicies()) {
      if (policy.roles().contains(role.name()) || role.managedPolicyArns().contains(policy.arn())) {
        documents.add(policy.document());
      }
    }
    return documents;
  }
}
