package dev.rehearsal.core.evaluation;

import java.util.Objects;
import java.util.Optional;

/**
 * What is asked of IAM: who (absent for an identity policy, whose principal is implied), which
 * action, on which resource (absent when a role's trust policy is evaluated: the role itself is the
 * resource and trust policies have no {@code Resource} element), and the request context.
 */
public record EvaluationRequest(
    Optional<RequestPrincipal> principal,
    String action,
    Optional<String> resource,
    ContextKeys context) {
  public EvaluationRequest {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(context, "context");
    if (action.isBlank()) {
      throw new IllegalArgumentException("action must name a service action, got '" + action + "'");
    }
  }

  /** A request to assume a role: a principal and an action, no resource. */
  public static EvaluationRequest assumeRole(
      RequestPrincipal principal, String action, ContextKeys context) {
    return new EvaluationRequest(Optional.of(principal), action, Optional.empty(), context);
  }

  /** A request checked against identity policies: no principal element applies. */
  public static EvaluationRequest identity(String action, String resource, ContextKeys context) {
    return new EvaluationRequest(Optional.empty(), action, Optional.of(resource), context);
  }
}
