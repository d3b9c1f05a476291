package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.wire.AwsService;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.QueryService;
import dev.rehearsal.aws.wire.XmlBody;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IAM over the query protocol. A role session (credentials from STS) acts as its role: each action
 * must be allowed by the role's identity policies, as IAM requires; the root key may do anything.
 */
public final class IamService implements QueryService {
  private final Map<String, IamAction> actions = new HashMap<>();
  private final IamStore store;
  private final IdentityPolicyCheck policies;
  private final String accountId;

  public IamService(IamStore store, String accountId, Clock clock, IdentityPolicyCheck policies) {
    this.store = store;
    this.accountId = accountId;
    this.policies = policies;
    new OidcProviderActions(store, accountId, clock).register(actions);
    new RoleActions(store, accountId, clock).register(actions);
    new RolePolicyActions(store).register(actions);
    new ManagedPolicyActions(store, accountId, clock).register(actions);
  }

  @Override
  public AwsService service() {
    return AwsService.IAM;
  }

  @Override
  public Set<String> actions() {
    return actions.keySet();
  }

  @Override
  public Optional<XmlBody> handle(String action, QueryParams params, Optional<Caller> caller) {
    caller.ifPresent(c -> policies.require(c, "iam:" + action, resource(params)));
    return actions.get(action).run(params);
  }

  /** The ARN an action acts on, for the identity-policy check; {@code *} for account-wide ones. */
  private String resource(QueryParams params) {
    Optional<String> roleName = params.get("RoleName");
    if (roleName.isPresent()) {
      return store
          .state()
          .role(roleName.get())
          .map(RoleEntity::arn)
          .orElse("arn:aws:iam::" + accountId + ":role/" + roleName.get());
    }
    return params.get("OpenIDConnectProviderArn").or(() -> params.get("PolicyArn")).orElse("*");
  }
}
