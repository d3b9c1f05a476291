package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.CallerContexts;
import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.core.ecr.EcrAuthorizer;
import dev.rehearsal.core.ecr.EcrCaller;
import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.ecr.RepositoryPolicies;
import dev.rehearsal.core.explain.Explanation;
import dev.rehearsal.core.policy.PolicyDocument;
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
  private final CallerContexts contexts;

  public EcrAccess(Function<String, List<PolicyDocument>> policiesOfRole, CallerContexts contexts) {
    this.policiesOfRole = policiesOfRole;
    this.contexts = contexts;
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
                contexts.tags(caller.roleArn().get()));
    List<PolicyDocument> identity =
        caller.isRoot() ? List.of() : policiesOfRole.apply(caller.roleArn().get());
    EcrDecision decision =
        authorizer.authorize(
            ecrCaller,
            contexts.origin(caller),
            action,
            resourceArn,
            identity,
            repositoryPolicy.map(this::document));
    Deliberation.on(resourceArn);
    Deliberation.explain(() -> Explanation.step(decision));
    if (!decision.allowed()) {
      Deliberation.because(() -> action + ": " + Explanation.why(decision).orElseThrow());
    }
    return decision;
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
