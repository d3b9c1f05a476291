package dev.rehearsal.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a policy. {@code principal} is present in resource-based policies (a role's
 * trust policy) and absent in identity policies; {@code resource} is absent in a trust policy.
 * Either element may be the negated form ({@code NotPrincipal}, {@code NotAction}, {@code
 * NotResource}), recorded in the element itself.
 */
public record Statement(
    Optional<String> sid,
    Effect effect,
    Optional<PrincipalElement> principal,
    PatternElement action,
    Optional<PatternElement> resource,
    List<Condition> conditions) {
  public Statement {
    Objects.requireNonNull(sid, "sid");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    conditions = List.copyOf(conditions);
  }
}
