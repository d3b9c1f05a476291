package dev.rehearsal.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyWriterTest {
  @Test
  void write_seedTrustPolicy_isCanonicalWithSingleValuesAsStrings() {
    PolicyDocument document = PolicyParser.parse(SeedPolicies.TRUST_POLICY, PolicyKind.TRUST);

    assertThat(PolicyWriter.write(document))
        .isEqualTo(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringLike\":"
                + "{\"token.actions.githubusercontent.com:sub\":\"repo:acme/*\"}}}]}");
  }

  @Test
  void write_whenElementsGivenInAnyOrder_writesThemInGrammarOrder_perIamPolicyGrammar() {
    String shuffled =
        "{\"Statement\": {\"Condition\": {\"Bool\": {\"aws:SecureTransport\": true}},"
            + " \"NotResource\": [\"arn:aws:s3:::a\", \"arn:aws:s3:::b\"], \"NotAction\": \"s3:*\","
            + " \"Effect\": \"Deny\", \"Sid\": \"S1\"}, \"Id\": \"P\", \"Version\": \"2012-10-17\"}";

    assertThat(PolicyWriter.write(PolicyParser.parse(shuffled)))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Id\":\"P\",\"Statement\":[{\"Sid\":\"S1\","
                + "\"Effect\":\"Deny\",\"NotAction\":\"s3:*\","
                + "\"NotResource\":[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\"],"
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}]}");
  }

  @Test
  void write_whenConditionsShareAnOperator_groupsThemUnderIt() {
    ConditionOperator equals = ConditionOperator.of(OperatorType.STRING_EQUALS);
    Statement statement =
        new Statement(
            Optional.empty(),
            Effect.ALLOW,
            Optional.of(new PrincipalElement(true, true, Map.of())),
            PatternElement.of("sts:AssumeRoleWithWebIdentity", "sts:TagSession"),
            Optional.empty(),
            List.of(
                new Condition(equals, "a:aud", List.of("sts.amazonaws.com")),
                new Condition(equals, "a:sub", List.of())));

    assertThat(
            PolicyWriter.write(
                new PolicyDocument(Optional.empty(), Optional.empty(), List.of(statement))))
        .isEqualTo(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"NotPrincipal\":\"*\","
                + "\"Action\":[\"sts:AssumeRoleWithWebIdentity\",\"sts:TagSession\"],"
                + "\"Condition\":{\"StringEquals\":{\"a:aud\":\"sts.amazonaws.com\",\"a:sub\":[]}}}]}");
  }
}
