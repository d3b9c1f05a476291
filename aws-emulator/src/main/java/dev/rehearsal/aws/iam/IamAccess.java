package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;

/**
 * Authorises IAM operations: a role session acts as its role, and each operation must be allowed by
 * the role's identity policies, as IAM requires; the account's root may do anything. Every
 * operation asks first, before it validates its request, whoever calls it (the query protocol or an
 * in-process caller).
 */
public final class IamAccess {
  private final IdentityPolicyCheck policies;
  private final IamStore store;
  private final String accountId;

  public IamAccess(IdentityPolicyCheck policies, IamStore store, String accountId) {
    this.policies = policies;
    this.store = store;
    this.accountId = accountId;
  }

  /**
   * Requires {@code iam:<operation>} on the role named {@code roleName} (its ARN, or the one it
   * would have at the root path), else on {@code arn} (a provider's or a policy's), else on {@code
   * *} (account-wide operations).
   *
   * @throws dev.rehearsal.core.error.RehearsalException {@code AccessDenied}
   */
  void require(Caller caller, String operation, String roleName, String arn) {
    policies.require(caller, "iam:" + operation, resource(roleName, arn));
  }

  private String resource(String roleName, String arn) {
    if (roleName != null) {
      return store
          .state()
          .role(roleName)
          .map(RoleEntity::arn)
          .orElse("arn:aws:iam::" + accountId + ":role/" + roleName);
    }
    return arn == null ? "*" : arn;
  }
}
