package dev.rehearsal.core.lint;

import dev.rehearsal.core.federation.ProviderUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints GitHub OIDC trust policies, ECR permission policies and OIDC providers (the rules of {@link
 * LintRule}, documented in {@code docs/lint-rules.md}). Findings come in a stable order: providers,
 * then each role's trust policy, then its permission policies, each in document order.
 */
public final class Linter {
  private Linter() {}

  public static List<Finding> lint(LintInput input) {
    List<Finding> out = new ArrayList<>();
    for (LintProvider provider : input.providers()) {
      thumbprints(provider, new Findings(provider.name(), Optional.empty(), out));
    }
    for (LintRole role : input.roles()) {
      Findings trust = new Findings(role.name(), Optional.of(role.trustPolicy()), out);
      TrustRules.check(role.trustPolicy().document(), trust);
      ConditionRules.check(role.trustPolicy().document().statements(), trust);
      PullRequestPushRule.check(role, trust);
      for (LintPolicy permission : role.permissionPolicies()) {
        permissions(role.name(), permission, out);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Lints one permission (identity) policy on its own, as IAM Access Analyzer's {@code
   * ValidatePolicy} takes a bare document: the ECR and condition rules.
   */
  public static List<Finding> lintPermissionPolicy(String subject, LintPolicy permission) {
    List<Finding> out = new ArrayList<>();
    permissions(subject, permission, out);
    return List.copyOf(out);
  }

  private static void permissions(String subject, LintPolicy permission, List<Finding> out) {
    Findings findings = new Findings(subject, Optional.of(permission), out);
    EcrRules.check(permission.document().statements(), findings);
    ConditionRules.check(permission.document().statements(), findings);
  }

  /**
   * GHOIDC009: since 2023-07-06 AWS trusts GitHub's IdP through its root CAs and ignores the
   * thumbprints (facts.md; AWS notice in aws-actions/configure-aws-credentials#763).
   */
  private static void thumbprints(LintProvider provider, Findings findings) {
    if (ProviderUrls.isGitHubActions(provider.url()) && !provider.thumbprints().isEmpty()) {
      findings.add(
          LintRule.GHOIDC009,
          "AWS ignores ThumbprintList for GitHub's provider since 2023-07-06 (it trusts GitHub"
              + " through its root CAs), so "
              + (provider.thumbprints().size() == 1
                  ? "this thumbprint protects nothing and goes stale"
                  : "these "
                      + provider.thumbprints().size()
                      + " thumbprints protect nothing and go stale")
              + " silently. Remove ThumbprintList; it is optional.",
          "/ThumbprintList");
    }
  }
}
