package dev.rehearsal.aws.iam;

import dev.rehearsal.core.federation.GitHubSubGuardrail;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.SizeQuota;

/** What IAM checks of a role's trust policy, all of it core's. */
final class TrustPolicies {
  private TrustPolicies() {}

  /**
   * @throws dev.rehearsal.core.error.RehearsalException {@code MalformedPolicyDocument} (grammar,
   *     trust-policy rules, the GitHub {@code sub} guardrail) or {@code LimitExceeded} (quota
   *     {@code ACLSizePerRole})
   */
  static void check(String document) {
    PolicyDocument policy =
        PolicyParser.parse(document, PolicyKind.TRUST, SizeQuota.aclSizePerRole());
    GitHubSubGuardrail.check(policy);
  }
}
