package dev.rehearsal.core.lint;

import dev.rehearsal.core.access.AccessOverlap;
import dev.rehearsal.core.access.AccessWitness;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.OperatorType;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GHOIDC008: a role that pull-request runs may assume and that may push to ECR. Both halves are
 * decided with the access algebra: the trust policy overlaps "GitHub's provider, any subject {@code
 * repo:ORG/REPO:pull_request}" (the default subject of a {@code pull_request} run, facts.md), and
 * the permission policies overlap "a push action on any resource". Each half's witness is confirmed
 * by core's evaluator and quoted in the message.
 */
final class PullRequestPushRule {
  private static final PolicyEvaluator EVALUATOR = new PolicyEvaluator();

  private PullRequestPushRule() {}

  static void check(LintRole role, Findings findings) {
    PolicyDocument trust = role.trustPolicy().document();
    List<Statement> pullRequests = new ArrayList<>();
    for (Statement statement : trust.statements()) {
      GitHubTrust github = GitHubTrust.of(statement);
      for (String prefix : github.keyPrefixes()) {
        pullRequests.add(pullRequestStatement(github.providerArns(), prefix));
      }
    }
    if (pullRequests.isEmpty() || role.permissionPolicies().isEmpty()) {
      return;
    }
    Optional<AccessWitness> assume = AccessOverlap.ofTrustPolicies(trust, policy(pullRequests));
    if (assume.isEmpty()) {
      return;
    }
    List<PolicyDocument> permissions =
        role.permissionPolicies().stream().map(LintPolicy::document).toList();
    Optional<AccessWitness> canPush =
        AccessOverlap.ofIdentityPolicies(permissions, List.of(policy(List.of(pushStatement()))));
    canPush.ifPresent(
        witness ->
            findings.add(
                LintRule.GHOIDC008,
                "Pull-request runs may assume "
                    + role.name()
                    + " ("
                    + assume.get().describe()
                    + " is admitted) and the role may push ("
                    + witness.describe()
                    + "). A pull_request run executes the pull request's code before review, so"
                    + " that code could push images. Admit only protected refs or an environment"
                    + " (repo:ORG/REPO:ref:refs/heads/main, repo:ORG/REPO:environment:prod), or give"
                    + " pull requests a role without push rights.",
                pointer(trust, assume.get(), findings)));
  }

  /** Any push action on any resource. */
  private static Statement pushStatement() {
    return new Statement(
        Optional.empty(),
        Effect.ALLOW,
        Optional.empty(),
        new PatternElement(false, EcrRules.PUSH_ACTIONS),
        Optional.of(PatternElement.of("*")),
        List.of());
  }

  private static Statement pullRequestStatement(List<String> providerArns, String prefix) {
    // repo:ORG/REPO:pull_request, with no colon inside ORG/REPO: GitHub writes a ':' inside a
    // value as %3A (facts.md), so a branch named "x:pull_request" is not a pull request.
    Condition pullRequest =
        new Condition(
            ConditionOperator.of(OperatorType.STRING_LIKE),
            prefix + ":sub",
            List.of("repo:*:pull_request"));
    Condition oneColon =
        new Condition(
            ConditionOperator.of(OperatorType.STRING_NOT_LIKE),
            prefix + ":sub",
            List.of("repo:*:*:pull_request"));
    return new Statement(
        Optional.empty(),
        Effect.ALLOW,
        Optional.of(new PrincipalElement(false, false, Map.of("Federated", providerArns))),
        PatternElement.of("sts:AssumeRoleWithWebIdentity"),
        Optional.empty(),
        List.of(pullRequest, oneColon));
  }

  private static PolicyDocument policy(List<Statement> statements) {
    return new PolicyDocument(
        Optional.of(PolicyDocument.VERSION_2012), Optional.empty(), statements);
  }

  /** The sub condition of the first statement that admits the witness on its own. */
  private static String pointer(PolicyDocument trust, AccessWitness witness, Findings findings) {
    for (int i = 0; i < trust.statements().size(); i++) {
      Statement statement = trust.statements().get(i);
      if (statement.effect() == Effect.ALLOW
          && EVALUATOR.evaluate(List.of(policy(List.of(statement))), witness.request()).allowed()) {
        GitHubTrust github = GitHubTrust.of(statement);
        for (Condition condition : statement.conditions()) {
          if (github.tests(condition, "sub")) {
            return findings.pointers().condition(i, condition);
          }
        }
        return findings.pointers().statement(i);
      }
    }
    return "";
  }
}
