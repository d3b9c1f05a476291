package dev.rehearsal.core.lint;

import java.util.List;
import java.util.Objects;

/** An IAM role: its name, its trust policy, and its attached and inline permission policies. */
public record LintRole(String name, LintPolicy trustPolicy, List<LintPolicy> permissionPolicies) {
  public LintRole {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(trustPolicy, "trustPolicy");
    permissionPolicies = List.copyOf(permissionPolicies);
  }
}
