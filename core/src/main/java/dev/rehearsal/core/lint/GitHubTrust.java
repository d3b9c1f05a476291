package dev.rehearsal.core.lint;

import dev.rehearsal.core.federation.ProviderUrls;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a trust statement grants GitHub Actions: the GitHub OIDC provider ARNs its Allow names as
 * {@code Federated} principals, and the condition keys of those providers, whose prefix is the
 * provider URL without scheme (facts.md, "Condition keys for a web identity").
 */
record GitHubTrust(List<String> providerArns, List<String> keyPrefixes) {
  private static final String MARKER = ":oidc-provider/";

  static GitHubTrust of(Statement statement) {
    List<String> arns = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    if (statement.effect() == Effect.ALLOW
        && statement.principal().isPresent()
        && !statement.principal().get().negated()) {
      for (String arn : statement.principal().get().byType().getOrDefault("Federated", List.of())) {
        int marker = arn.indexOf(MARKER);
        if (arn.startsWith("arn:") && marker >= 0) {
          String url = arn.substring(marker + MARKER.length());
          if (ProviderUrls.isGitHubActions(url)) {
            arns.add(arn);
            prefixes.add(url);
          }
        }
      }
    }
    return new GitHubTrust(List.copyOf(arns), List.copyOf(prefixes));
  }

  boolean trustsGitHub() {
    return !providerArns.isEmpty();
  }

  /** Whether a condition tests this provider's {@code claim} (key names ignore case). */
  boolean tests(Condition condition, String claim) {
    String key = condition.key().toLowerCase(Locale.ROOT);
    return keyPrefixes.stream()
        .anyMatch(p -> key.equals((p + ":" + claim).toLowerCase(Locale.ROOT)));
  }
}
