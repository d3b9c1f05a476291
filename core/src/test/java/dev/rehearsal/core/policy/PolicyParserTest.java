package dev.rehearsal.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParserTest {
  private static final String GITHUB_PROVIDER =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";

  @Test
  void parse_seedTrustPolicy_asTrustPolicy_givesFederatedPrincipalAndStringLikeSub() {
    PolicyDocument document = PolicyParser.parse(SeedPolicies.TRUST_POLICY, PolicyKind.TRUST);

    assertThat(document.version()).isEmpty();
    assertThat(document.supportsPolicyVariables()).isFalse();
    assertThat(document.statements())
        .containsExactly(
            new Statement(
                Optional.empty(),
                Effect.ALLOW,
                Optional.of(PrincipalElement.of("Federated", GITHUB_PROVIDER)),
                PatternElement.of("sts:AssumeRoleWithWebIdentity"),
                Optional.empty(),
                List.of(
                    new Condition(
                        ConditionOperator.of(OperatorType.STRING_LIKE),
                        "token.actions.githubusercontent.com:sub",
                        List.of("repo:acme/*")))));
  }

  @Test
  void parse_seedPermissionPolicy_asIdentityPolicy_givesThreeEcrStatements() {
    PolicyDocument document =
        PolicyParser.parse(SeedPolicies.PERMISSION_POLICY, PolicyKind.IDENTITY);

    assertThat(document.version()).contains(PolicyDocument.VERSION_2012);
    assertThat(document.statements()).hasSize(3);
    assertThat(document.statements().get(0).resource()).contains(PatternElement.of("*"));
    assertThat(document.statements().get(2).action().patterns())
        .containsExactly(
            "ecr:CompleteLayerUpload",
            "ecr:UploadLayerPart",
            "ecr:InitiateLayerUpload",
            "ecr:PutImage");
  }

  @Test
  void parse_whenStatementIsOneObject_holdsAListOfOne_perIamStatementElement() {
    PolicyDocument document =
        PolicyParser.parse(
            "{\"Statement\": {\"Effect\": \"Deny\", \"NotAction\": \"s3:*\", \"NotResource\": \"*\"}}");

    assertThat(document.statements()).hasSize(1);
    Statement statement = document.statements().get(0);
    assertThat(statement.effect()).isEqualTo(Effect.DENY);
    assertThat(statement.action()).isEqualTo(PatternElement.not("s3:*"));
    assertThat(statement.resource()).contains(PatternElement.not("*"));
  }

  @Test
  void parse_whenNotPrincipalGiven_holdsNegatedPrincipal() {
    PolicyDocument document =
        PolicyParser.parse(
            "{\"Statement\": [{\"Effect\": \"Deny\", \"NotPrincipal\": {\"AWS\":"
                + " [\"123456789012\", \"arn:aws:iam::123456789012:root\"]}, \"Action\": \"*\"}]}");

    assertThat(document.statements().get(0).principal())
        .contains(
            new PrincipalElement(
                true,
                false,
                Map.of("AWS", List.of("123456789012", "arn:aws:iam::123456789012:root"))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "1"        | 1
          1          | 1
          1.5        | 1.5
          true       | true
          false      | false
          """)
  void parse_whenConditionValueIsNumberOrBoolean_keepsItsText_perIamConditionElement(
      String json, String text) {
    PolicyDocument document =
        PolicyParser.parse(
            "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\", \"Resource\":"
                + " \"*\", \"Condition\": {\"NumericEquals\": {\"s3:max-keys\": "
                + json
                + "}}}]}");

    assertThat(document.statements().get(0).conditions().get(0).values()).containsExactly(text);
  }

  @Test
  void parse_whenConditionHasSeveralOperatorsAndKeys_keepsDocumentOrder_perIamConditionElement() {
    PolicyDocument document =
        PolicyParser.parse(
            """
            {"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",
              "Principal": {"Federated": "%s"},
              "Condition": {
                "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                                 "token.actions.githubusercontent.com:sub": ["repo:acme/a:ref:refs/heads/main", "repo:acme/b:ref:refs/heads/main"]},
                "ForAnyValue:StringLikeIfExists": {"token.actions.githubusercontent.com:job_workflow_ref": "acme/*"}}}]}
            """
                .formatted(GITHUB_PROVIDER),
            PolicyKind.TRUST);

    assertThat(document.statements().get(0).conditions())
        .extracting(c -> c.operator().text() + " " + c.key() + " " + c.values())
        .containsExactly(
            "StringEquals token.actions.githubusercontent.com:aud [sts.amazonaws.com]",
            "StringEquals token.actions.githubusercontent.com:sub"
                + " [repo:acme/a:ref:refs/heads/main, repo:acme/b:ref:refs/heads/main]",
            "ForAnyValue:StringLikeIfExists token.actions.githubusercontent.com:job_workflow_ref"
                + " [acme/*]");
  }

  @Test
  void parse_whenGivenAJsonTree_readsTheSameDocumentAsFromText() throws Exception {
    var tree = new ObjectMapper().readTree(SeedPolicies.PERMISSION_POLICY);

    assertThat(PolicyParser.parse(tree, PolicyKind.IDENTITY))
        .isEqualTo(PolicyParser.parse(SeedPolicies.PERMISSION_POLICY, PolicyKind.IDENTITY));
  }

  @Test
  void parse_whenPrincipalIsWildcard_keepsItApartFromAwsWildcard_perIamPrincipalElement() {
    String wildcard =
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"ecr:*\"}]}";
    String awsWildcard =
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\":"
            + " \"ecr:*\"}]}";

    assertThat(PolicyParser.parse(wildcard, PolicyKind.RESOURCE).statements().get(0).principal())
        .contains(PrincipalElement.anyone());
    assertThat(PolicyParser.parse(awsWildcard, PolicyKind.RESOURCE).statements().get(0).principal())
        .contains(PrincipalElement.of("AWS", "*"));
  }
}
