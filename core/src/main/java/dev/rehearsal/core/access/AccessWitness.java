package dev.rehearsal.core.access;

import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One concrete request: a principal (for a trust policy), an action, a resource (for identity
 * policies) and a value for every condition key either policy tests, or its absence.
 */
public record AccessWitness(
    Optional<RequestPrincipal> principal,
    String action,
    Optional<String> resource,
    Map<String, Optional<String>> keys) {
  public AccessWitness {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
  }

  /** The request the evaluator is asked about; absent keys are left out of the context. */
  public EvaluationRequest request() {
    ContextKeys.Builder context = ContextKeys.builder();
    keys.forEach((key, value) -> value.ifPresent(v -> context.put(key, v)));
    return new EvaluationRequest(principal, action, resource, context.build());
  }

  /**
   * A one-line description that leads with the keys, e.g. {@code
   * token.actions.githubusercontent.com:sub = repo:acme/app:pull_request, ... (action
   * sts:AssumeRoleWithWebIdentity by Federated 'arn:...')}, or {@code ecr:PutImage on arn:...}.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    keys.forEach((key, value) -> parts.add(key + value.map(v -> " = " + v).orElse(" absent")));
    String target =
        action
            + resource.map(r -> " on " + r).orElse("")
            + principal.map(p -> " by " + p).orElse("");
    if (parts.isEmpty()) {
      return target;
    }
    return String.join(", ", parts) + " (" + target + ")";
  }

  @Override
  public String toString() {
    return describe();
  }
}
