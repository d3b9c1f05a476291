package dev.rehearsal.aws.auth;

import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.explain.Explanation;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import java.util.function.Function;

/**
 * Whether a caller's identity policies allow an action on a resource, decided by core's evaluator.
 * The account's root is allowed everything; a role session is allowed what its role's policies
 * allow, and refused with AWS's {@code AccessDenied} text otherwise (IAM User Guide, "Troubleshoot
 * access denied error messages"). The request context is core's ({@link RequestContexts}), the one
 * {@code rehearse check} evaluates with.
 */
public final class IdentityPolicyCheck {
  private final PolicyEvaluator evaluator = new PolicyEvaluator();
  private final Function<String, List<PolicyDocument>> policiesOfRole;
  private final CallerContexts contexts;

  public IdentityPolicyCheck(
      Function<String, List<PolicyDocument>> policiesOfRole, CallerContexts contexts) {
    this.policiesOfRole = policiesOfRole;
    this.contexts = contexts;
  }

  public void require(Caller caller, String action, String resource) {
    if (caller.isRoot()) {
      Deliberation.explain(
          () ->
              List.of(
                  Explanation.check(
                      true,
                      action + " on " + resource,
                      "the account's root; identity policies do not limit it")));
      return;
    }
    ContextKeys context = contexts.of(caller);
    Decision decision =
        evaluator.evaluate(
            policiesOfRole.apply(caller.roleArn().get()),
            EvaluationRequest.identity(action, resource, context));
    Deliberation.explain(
        () ->
            Explanation.step(
                "the identity policies of "
                    + caller.roleArn().get()
                    + " allow "
                    + action
                    + " on "
                    + resource,
                decision));
    if (!decision.allowed()) {
      Deliberation.because(() -> "identity-based policies: " + Explanation.why(decision));
      String reason =
          switch (decision.outcome()) {
            case EXPLICIT_DENY -> "with an explicit deny in an identity-based policy";
            default -> "because no identity-based policy allows the " + action + " action";
          };
      throw new RehearsalException(
          AwsErrorCode.ACCESS_DENIED,
          "User: "
              + caller.arn()
              + " is not authorized to perform: "
              + action
              + " on resource: "
              + resource
              + " "
              + reason);
    }
  }
}
