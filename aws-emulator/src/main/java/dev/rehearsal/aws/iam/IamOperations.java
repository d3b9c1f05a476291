package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import java.time.Clock;

/**
 * IAM's typed operations, one object per resource, sharing one store and one authorisation: what
 * the query protocol binds ({@link IamQueryService}) and what an in-process caller calls.
 */
public record IamOperations(
    OidcProviderOperations providers,
    RoleOperations roles,
    RolePolicyOperations rolePolicies,
    ManagedPolicyOperations managedPolicies) {
  public static IamOperations create(
      IamStore store, String accountId, Clock clock, IdentityPolicyCheck policies) {
    IamAccess access = new IamAccess(policies, store, accountId);
    return new IamOperations(
        new OidcProviderOperations(store, access, accountId, clock),
        new RoleOperations(store, access, accountId, clock),
        new RolePolicyOperations(store, access),
        new ManagedPolicyOperations(store, access, accountId, clock));
  }
}
