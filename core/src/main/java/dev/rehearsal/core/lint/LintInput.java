package dev.rehearsal.core.lint;

import java.util.List;

/** What a template declares that the rules look at: its roles and its OIDC providers. */
public record LintInput(List<LintRole> roles, List<LintProvider> providers) {
  public LintInput {
    roles = List.copyOf(roles);
    providers = List.copyOf(providers);
  }
}
