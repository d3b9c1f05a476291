package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.core.ecr.EcrAuthorizer;
import dev.rehearsal.core.ecr.EcrCaller;
import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.ecr.RepositoryPolicies;
import dev.rehearsal.core.policy.PolicyDocument;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Authorises ECR requests, from the API and from the registry alike, with core's {@link
 * EcrAuthorizer} (the same evaluation {@code rehearse check} makes): the caller's identity policies
 * from IAM, and the repository's policy.
 */
public final class EcrAccess {
  /** Parsed repository policies by text, so that core compiles each document once. */
  private static final int CACHE_LIMIT = 256;

  private final EcrAuthorizer authorizer = new EcrAuthorizer();
  private final Function<String, List<PolicyDocument>> policiesOfRole;
  private final Map<String, PolicyDocument> parsed = new ConcurrentHashMap<>();
  private final Function<String, Map<String, String>> tagsOfRole;
  private final String region;
  private final Clock clock;

  /**
   * @param region and {@code clock}: the origin of a caller whose request did not come over HTTP
   *     (CloudFormation's handlers acting as root)
   */
  public EcrAccess(
      Function<String, List<PolicyDocument>> policiesOfRole, String region, Clock clock) {
    this(policiesOfRole, role -> Map.of(), region, clock);
  }

  /** As the other constructor, for roles with tags ({@code aws:PrincipalTag/KEY}). */
  public EcrAccess(
      Function<String, List<PolicyDocument>> policiesOfRole,
      Function<String, Map<String, String>> tagsOfRole,
      String region,
      Clock clock) {
    this.policiesOfRole = policiesOfRole;
    this.tagsOfRole = tagsOfRole;
    this.region = region;
    this.clock = clock;
  }

  public EcrDecision decide(
      Caller caller, String action, String resourceArn, Optional<String> repositoryPolicy) {
    EcrCaller ecrCaller =
        caller.isRoot()
            ? EcrCaller.root(caller.accountId())
            : EcrCaller.roleSession(
                caller.arn(),
                caller.roleArn().get(),
                caller.accountId(),
                caller.userId(),
                tagsOfRole.apply(caller.roleArn().get()));
    List<PolicyDocument> identity =
        caller.isRoot() ? List.of() : policiesOfRole.apply(caller.roleArn().get());
    return authorizer.authorize(
        ecrCaller,
        caller.originOr(region, clock),
        action,
        resourceArn,
        identity,
        repositoryPolicy.map(this::document));
  }

  /** Refuses with ECR's {@code AccessDeniedException} unless allowed. */
  public void require(
      Caller caller, String action, String resourceArn, Optional<String> repositoryPolicy) {
    decide(caller, action, resourceArn, repositoryPolicy).requireAllowed();
  }

  /** Refuses with the registry's {@code DENIED} (and the same text) unless allowed. */
  public void requireForRegistry(
      Caller caller, String action, String resourceArn, Optional<String> repositoryPolicy) {
    decide(caller, action, resourceArn, repositoryPolicy).requireAllowedForRegistry();
  }

  private PolicyDocument document(String text) {
    PolicyDocument known = parsed.get(text);
    if (known != null) {
      return known;
    }
    if (parsed.size() >= CACHE_LIMIT) {
      parsed.clear();
    }
    PolicyDocument document = RepositoryPolicies.parse(text);
    parsed.put(text, document);
    return document;
  }
}
