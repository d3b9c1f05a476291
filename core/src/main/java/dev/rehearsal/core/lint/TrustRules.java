package dev.rehearsal.core.lint;

import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.federation.GitHubSubGuardrail;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Rules for each Allow statement of a trust policy that trusts GitHub's OIDC provider: GHOIDC001
 * (the {@code sub} guardrail IAM applies), GHOIDC004 and GHOIDC005 (the audience), and through
 * {@link SubjectRules} every {@code sub} value.
 */
final class TrustRules {
  static final String STS_AUDIENCE = "sts.amazonaws.com";

  private TrustRules() {}

  static void check(PolicyDocument policy, Findings findings) {
    List<Statement> statements = policy.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      GitHubTrust trust = GitHubTrust.of(statement);
      if (!trust.trustsGitHub()) {
        continue;
      }
      guardrail(policy, statement, i, findings);
      audience(statement, trust, i, findings);
      for (Condition condition : statement.conditions()) {
        if (trust.tests(condition, "sub")) {
          SubjectRules.check(i, condition, findings);
        }
      }
    }
  }

  /** IAM refuses such a statement (observed guardrail, facts.md): the template cannot deploy. */
  private static void guardrail(
      PolicyDocument policy, Statement statement, int i, Findings findings) {
    PolicyDocument alone =
        new PolicyDocument(policy.version(), Optional.empty(), List.of(statement));
    try {
      GitHubSubGuardrail.check(alone);
    } catch (MalformedPolicyDocumentException refused) {
      findings.add(
          LintRule.GHOIDC001,
          "IAM refuses this trust policy: "
              + refused.getMessage()
              + " Without a sub condition any repository on GitHub could assume the role. Add"
              + " \"StringEquals\" (or \"StringLike\") on the provider's :sub key, e.g."
              + " repo:ORG/REPO:ref:refs/heads/main.",
          findings.pointers().statement(i));
    }
  }

  private static void audience(Statement statement, GitHubTrust trust, int i, Findings findings) {
    List<Condition> audiences =
        statement.conditions().stream().filter(c -> trust.tests(c, "aud")).toList();
    if (audiences.isEmpty()) {
      findings.add(
          LintRule.GHOIDC004,
          "No condition tests the token's audience (aud). STS checks aud against the provider's"
              + " client IDs only, so a token GitHub minted for another audience the provider lists"
              + " is accepted too. Add \"StringEquals\": {\""
              + trust.keyPrefixes().get(0)
              + ":aud\": \"sts.amazonaws.com\"}, the audience configure-aws-credentials asks for.",
          findings.pointers().statement(i));
      return;
    }
    for (Condition condition : audiences) {
      if (!Languages.admitsListedStrings(condition.operator().type())) {
        continue;
      }
      for (int j = 0; j < condition.values().size(); j++) {
        String value = condition.values().get(j);
        if (!value.equals(STS_AUDIENCE)) {
          findings.add(
              LintRule.GHOIDC005,
              condition.operator().text()
                  + " admits the audience '"
                  + value
                  + "', not exactly sts.amazonaws.com: tokens requested for other services (GitHub's"
                  + " default audience is https://github.com/OWNER) may then be exchanged here."
                  + " Use StringEquals with sts.amazonaws.com and request that audience.",
              findings.pointers().conditionValue(i, condition, j));
        }
      }
    }
  }
}
