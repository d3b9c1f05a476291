package dev.rehearsal.core.federation;

import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.OperatorType;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The check IAM has applied since 2024 to a role trust policy that trusts GitHub Actions' OIDC
 * provider: every such Allow statement must test {@code <provider>:sub} with {@code StringEquals},
 * {@code StringLike} or {@code StringEqualsIgnoreCase} and a value that does not admit every
 * subject. Observed, not documented (facts.md; message text as IAM returned it in
 * unfunco/terraform-aws-oidc-github#57). Accepted: {@code repo:*}, {@code repo:org/*}; rejected: no
 * condition, {@code *}. A value made only of wildcards with at least one {@code *} admits every
 * subject and counts as "scoped to all" here.
 */
public final class GitHubSubGuardrail {
  private static final String PROVIDER_MARKER = ":oidc-provider/";
  private static final Set<OperatorType> SCOPING_OPERATORS =
      EnumSet.of(
          OperatorType.STRING_EQUALS,
          OperatorType.STRING_LIKE,
          OperatorType.STRING_EQUALS_IGNORE_CASE);

  private GitHubSubGuardrail() {}

  /**
   * @throws MalformedPolicyDocumentException naming the first GitHub principal whose statement does
   *     not scope {@code sub}
   */
  public static void check(PolicyDocument trustPolicy) {
    for (Statement statement : trustPolicy.statements()) {
      if (statement.effect() != Effect.ALLOW || statement.principal().isEmpty()) {
        continue;
      }
      var principal = statement.principal().get();
      if (principal.negated()) {
        continue;
      }
      for (String arn : principal.byType().getOrDefault("Federated", List.of())) {
        String provider = githubProvider(arn);
        if (provider != null && !scopesSubject(statement, provider + ":sub")) {
          throw new MalformedPolicyDocumentException(
              "Trust policy with trusted principal "
                  + arn
                  + " must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase, "
                  + provider
                  + ":sub which is not scoped to all.");
        }
      }
    }
  }

  /** IAM's refusal of {@code trustPolicy} by this check, or empty when IAM accepts it. */
  public static Optional<MalformedPolicyDocumentException> refusal(PolicyDocument trustPolicy) {
    try {
      check(trustPolicy);
      return Optional.empty();
    } catch (MalformedPolicyDocumentException refused) {
      return Optional.of(refused);
    }
  }

  /** The provider URL of a GitHub Actions OIDC provider ARN, or null for any other principal. */
  private static String githubProvider(String arn) {
    int marker = arn.indexOf(PROVIDER_MARKER);
    if (!arn.startsWith("arn:") || marker < 0) {
      return null;
    }
    String url = arn.substring(marker + PROVIDER_MARKER.length());
    return ProviderUrls.isGitHubActions(url) ? url : null;
  }

  private static boolean scopesSubject(Statement statement, String subKey) {
    for (Condition condition : statement.conditions()) {
      if (SCOPING_OPERATORS.contains(condition.operator().type())
          && condition.key().toLowerCase(Locale.ROOT).equals(subKey.toLowerCase(Locale.ROOT))
          && !condition.values().isEmpty()
          && condition.values().stream().noneMatch(GitHubSubGuardrail::admitsEverySubject)) {
        return true;
      }
    }
    return false;
  }

  static boolean admitsEverySubject(String value) {
    return value.indexOf('*') >= 0 && value.chars().allMatch(c -> c == '*' || c == '?');
  }
}
