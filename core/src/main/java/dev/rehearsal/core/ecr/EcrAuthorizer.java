package dev.rehearsal.core.ecr;

import dev.rehearsal.core.evaluation.CompiledPolicy;
import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.Outcome;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.evaluation.StatementTrace;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place ECR requests are authorized: the caller's identity policies and the repository's
 * policy, evaluated as IAM evaluates a request within one account (IAM User Guide, "Policy
 * evaluation logic", "Evaluating identity-based policies with resource-based policies": "If an
 * action is allowed by an identity-based policy, a resource-based policy, or both, then AWS allows
 * the action. An explicit deny in either of these policies overrides the allow").
 *
 * <p>In order:
 *
 * <ol>
 *   <li>An explicit deny in an identity policy, then in the repository policy, refuses ("An
 *       explicit deny in any policy overrides any allows"). When both deny, the message names the
 *       identity-based policy: IAM names only one policy type ("If multiple policy types deny an
 *       authorization request, AWS includes only one of those policy types in the error message"),
 *       and which one is not documented.
 *   <li>The root user is allowed ("all requests are implicitly denied with the exception of the AWS
 *       account root user, which has full access"): identity policies do not limit it, a repository
 *       policy's explicit {@code Deny} does.
 *   <li>An identity policy's {@code Allow} allows.
 *   <li>A repository policy's {@code Allow} allows when its {@code Principal} names the caller: the
 *       session's ARN ("resource-based policies that grant permissions to an IAM role session ARN
 *       grant permissions directly to the assumed role session"), the role's ARN ("Resource-based
 *       policies that grant permissions to an IAM role ARN" apply to its sessions, limited only by
 *       permissions boundaries and session policies, which this project does not model) or anyone
 *       ({@code "*"}). A {@code Principal} naming the account ({@code arn:aws:iam::ACCOUNT:root} or
 *       the bare ID) "delegates authority to the account" (IAM User Guide, "AWS account
 *       principals"): it allows nobody by itself, and the caller's identity policies decide. A
 *       {@code Deny} naming the account applies to everyone in it, root included.
 *   <li>Otherwise the request is implicitly denied.
 * </ol>
 *
 * <p>A statement's {@code Principal} is matched against the session's ARN and, apart, against the
 * role's ARN; a statement applies if it applies to either, so a {@code NotPrincipal} excludes a
 * session only when it lists both (IAM User Guide, "AWS JSON policy elements: NotPrincipal").
 *
 * <p>Request context: {@link EcrCaller#context(RequestOrigin)}, the global keys AWS sets for the
 * caller's request (a {@code Deny} on {@code aws:RequestedRegion} must see the region). Policies
 * are compiled once by {@link PolicyEvaluator} (cached by identity); a caller made once carries its
 * principals and context, so a check allocates only the evaluation's own objects. Thread-safe.
 */
public final class EcrAuthorizer {
  private final PolicyEvaluator evaluator;

  public EcrAuthorizer() {
    this(new PolicyEvaluator());
  }

  public EcrAuthorizer(PolicyEvaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
  }

  /**
   * Whether {@code caller} may perform {@code action} on {@code resourceArn} (a repository's ARN,
   * or {@code *} for {@code ecr:GetAuthorizationToken}, when the repository policy is not read).
   */
  public EcrDecision authorize(
      EcrCaller caller,
      RequestOrigin origin,
      String action,
      String resourceArn,
      List<PolicyDocument> identityPolicies,
      Optional<PolicyDocument> repositoryPolicy) {
    Objects.requireNonNull(identityPolicies, "identityPolicies");
    Objects.requireNonNull(repositoryPolicy, "repositoryPolicy");
    // Compiled through the evaluator's cache (by identity): the emulator passes the same
    // documents request after request.
    List<CompiledPolicy> compiled = new ArrayList<>(identityPolicies.size());
    for (PolicyDocument policy : identityPolicies) {
      compiled.add(evaluator.compiled(policy));
    }
    return authorizeCompiled(
        caller, origin, action, resourceArn, compiled, repositoryPolicy.map(evaluator::compiled));
  }

  /** As {@link #authorize}, with policies the caller compiled once ({@link CompiledPolicy}). */
  public EcrDecision authorizeCompiled(
      EcrCaller caller,
      RequestOrigin origin,
      String action,
      String resourceArn,
      List<CompiledPolicy> identityPolicies,
      Optional<CompiledPolicy> repositoryPolicy) {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(identityPolicies, "identityPolicies");
    Objects.requireNonNull(repositoryPolicy, "repositoryPolicy");
    ContextKeys context = caller.context(origin);
    Decision identity =
        evaluator.evaluateCompiled(
            identityPolicies, EvaluationRequest.identity(action, resourceArn, context));
    Optional<Decision> resource =
        repositoryPolicy.isEmpty() || resourceArn.equals(EcrArns.ANY_RESOURCE)
            ? Optional.empty()
            : Optional.of(
                resourceDecision(
                    caller,
                    context,
                    action,
                    resourceArn,
                    request ->
                        evaluator.evaluateCompiled(List.of(repositoryPolicy.get()), request)));
    return decide(caller, action, resourceArn, identity, resource);
  }

  private static EcrDecision decide(
      EcrCaller caller,
      String action,
      String resourceArn,
      Decision identity,
      Optional<Decision> resource) {
    EcrDecision.Reason reason;
    if (identity.outcome() == Outcome.EXPLICIT_DENY) {
      reason = EcrDecision.Reason.IDENTITY_EXPLICIT_DENY;
    } else if (resource.isPresent() && resource.get().outcome() == Outcome.EXPLICIT_DENY) {
      reason = EcrDecision.Reason.RESOURCE_EXPLICIT_DENY;
    } else if (caller.isRoot()) {
      reason = EcrDecision.Reason.ROOT;
    } else if (identity.outcome() == Outcome.ALLOW) {
      reason = EcrDecision.Reason.IDENTITY_ALLOW;
    } else if (resource.isPresent() && grantsDirectly(resource.get())) {
      reason = EcrDecision.Reason.RESOURCE_ALLOW;
    } else {
      reason = EcrDecision.Reason.IMPLICIT_DENY;
    }
    return new EcrDecision(reason, identity, resource, caller.arn(), action, resourceArn);
  }

  /**
   * The repository policy's decision: for the caller's own ARN, and for a session also for its
   * role's ARN. The one returned is the one that decides: an explicit deny, else an allow naming
   * the caller, else an allow through the account, else the caller's own.
   */
  private static Decision resourceDecision(
      EcrCaller caller,
      ContextKeys context,
      String action,
      String resourceArn,
      Function<EvaluationRequest, Decision> policy) {
    Decision own =
        policy.apply(
            new EvaluationRequest(
                caller.callerPrincipal(), action, Optional.of(resourceArn), context));
    if (own.outcome() == Outcome.EXPLICIT_DENY || caller.rolePrincipal().isEmpty()) {
      return own;
    }
    Decision asRole =
        policy.apply(
            new EvaluationRequest(
                caller.rolePrincipal(), action, Optional.of(resourceArn), context));
    if (asRole.outcome() == Outcome.EXPLICIT_DENY) {
      return asRole;
    }
    if (grantsDirectly(own)) {
      return own;
    }
    if (grantsDirectly(asRole)) {
      return asRole;
    }
    return own.outcome() == Outcome.ALLOW ? own : asRole.outcome() == Outcome.ALLOW ? asRole : own;
  }

  /**
   * Whether an applied {@code Allow} names the request's principal itself, or anyone: not only its
   * account.
   */
  static boolean grantsDirectly(Decision decision) {
    if (decision.outcome() != Outcome.ALLOW) {
      return false;
    }
    String who = decision.request().principal().map(RequestPrincipal::value).orElse(null);
    List<StatementTrace> trace = decision.trace();
    for (int i = 0; i < trace.size(); i++) {
      StatementTrace statement = trace.get(i);
      if (!statement.applied() || statement.effect() != Effect.ALLOW) {
        continue;
      }
      Optional<PrincipalElement> element = statement.statement().principal();
      if (element.isEmpty() || namesDirectly(element.get(), who)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesDirectly(PrincipalElement element, String who) {
    if (element.negated() || element.wildcard()) {
      // An applied NotPrincipal allows everyone it does not list; "*" allows anyone.
      return true;
    }
    List<String> aws = element.byType().get(RequestPrincipal.AWS);
    return aws != null && (aws.contains("*") || (who != null && aws.contains(who)));
  }
}
