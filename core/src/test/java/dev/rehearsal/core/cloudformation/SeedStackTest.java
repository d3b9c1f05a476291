package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.resource.OidcProviderResource;
import dev.rehearsal.core.cloudformation.resource.PolicyResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.federation.DecodedJwt;
import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.federation.WebIdentityConditionKeys;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.PolicyWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed article's stack (examples/seed/stack.yaml), resolved as CloudFormation would for
 * GitHubOrg=acme in us-east-1, account 123456789012, and its trust policy evaluated the way STS
 * evaluates it for a GitHub Actions token (issue 2, "Tests").
 */
class SeedStackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Template SEED = Template.parse(Templates.seed());
  private static final ResolvedStack STACK = SEED.resolve(Templates.ACME);
  private static final String PROVIDER_ARN =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";

  @Test
  void resolve_seed_createsProviderThenRoleThenPolicy_inReferenceOrder() {
    assertThat(STACK.resources())
        .extracting(ResolvedResource::logicalId)
        .containsExactly("GithubOidc", "Role", "Policy");
    assertThat(STACK.resource("Policy").orElseThrow().type()).isEqualTo("AWS::IAM::Policy");
  }

  @Test
  void resolve_seedProvider_refIsTheArn_perOidcProviderReturnValues() {
    OidcProviderResource provider = STACK.oidcProviders().get(0);
    assertThat(provider.arn()).isEqualTo(PROVIDER_ARN);
    assertThat(STACK.resource("GithubOidc").orElseThrow().physicalId()).isEqualTo(PROVIDER_ARN);
    assertThat(provider.url()).isEqualTo("https://token.actions.githubusercontent.com");
    assertThat(provider.clientIds()).containsExactly("sts.amazonaws.com");
    assertThat(provider.thumbprints()).containsExactly("6938fd4d98bab03faadb97b34396831e3780aea1");
  }

  @Test
  void resolve_seedRole_hasTheNamedArnAndTheAcmeTrustPolicy() throws Exception {
    RoleResource role = STACK.roles().get(0);
    assertThat(role.name()).isEqualTo("GithubOIDCIAMRole");
    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/GithubOIDCIAMRole");
    assertThat(role.roleId()).startsWith("AROA").hasSize(21);
    assertThat(role.maxSessionDuration()).isEqualTo(3600);
    assertThat(STACK.resource("Role").orElseThrow().physicalId()).isEqualTo("GithubOIDCIAMRole");
    ObjectNode expected =
        (ObjectNode)
            JSON.readTree(
                """
                {"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity",
                  "Principal":{"Federated":["%s"]},
                  "Condition":{"StringLike":
                    {"token.actions.githubusercontent.com:sub":"repo:acme/*"}}}]}
                """
                    .formatted(PROVIDER_ARN));
    assertThat(role.trustPolicy()).isEqualTo(PolicyParser.parse(expected));
    assertThat(PolicyWriter.toJson(role.trustPolicy()))
        .isEqualTo(PolicyWriter.toJson(PolicyParser.parse(expected)));
  }

  @Test
  void resolve_seedPolicy_isAttachedToTheRoleAndScopedToTheAccountsRepositories() {
    PolicyResource policy = STACK.policies().get(0);
    assertThat(policy.policyName()).isEqualTo("AllowPushImagesToECR");
    assertThat(policy.roles()).containsExactly("GithubOIDCIAMRole");
    assertThat(policy.document().statements()).hasSize(3);
    assertThat(policy.document().statements().get(1).resource().orElseThrow().patterns())
        .containsExactly("arn:aws:ecr:us-east-1:123456789012:repository/*");
    assertThat(policy.document().statements().get(2).resource().orElseThrow().patterns())
        .containsExactly("arn:aws:ecr:us-east-1:123456789012:repository/*");
    assertThat(
            STACK
                .resource("Policy")
                .orElseThrow()
                .properties()
                .at("/PolicyDocument/Statement/1/Resource")
                .asText())
        .isEqualTo("arn:aws:ecr:us-east-1:123456789012:repository/*");
  }

  @Test
  void resolve_seedOutput_isTheRoleArn() {
    assertThat(STACK.output("RoleArn").orElseThrow().value())
        .isEqualTo("arn:aws:iam::123456789012:role/GithubOIDCIAMRole");
  }

  @Test
  void trustPolicy_admitsAcmeRepository_perStringLikeOnSub() {
    Decision decision = evaluate("repo:acme/app:ref:refs/heads/main");
    assertThat(decision.allowed()).isTrue();
  }

  @Test
  void trustPolicy_rejectsOtherOrganisation_andTheTraceSaysWhy() {
    Decision decision = evaluate("repo:evil/app:ref:refs/heads/main");
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.explain())
        .contains("token.actions.githubusercontent.com:sub")
        .contains("repo:evil/app:ref:refs/heads/main")
        .contains("repo:acme/*");
  }

  @Test
  void locate_trustPolicyCondition_namesItsTemplateLine() {
    // Line 38 of the seed holds the 'token.actions.githubusercontent.com:sub' condition key.
    assertThat(
            STACK.locate(
                "Role",
                "/AssumeRolePolicyDocument/Statement/0/Condition/StringLike/"
                    + "token.actions.githubusercontent.com:sub"))
        .hasValueSatisfying(location -> assertThat(location.line()).isEqualTo(38));
    assertThat(STACK.locate("Role", "/AssumeRolePolicyDocument/Statement/0"))
        .hasValueSatisfying(location -> assertThat(location.line()).isEqualTo(31));
  }

  /** The request STS builds for a GitHub Actions token with {@code sub} (WebIdentityRules). */
  private static Decision evaluate(String sub) {
    OidcProviderResource resource = STACK.oidcProviders().get(0);
    OidcProvider provider =
        new OidcProvider(
            resource.arn(), resource.url(), resource.clientIds(), resource.thumbprints());
    ObjectNode claims = JSON.createObjectNode();
    claims.put("iss", resource.url());
    claims.put("sub", sub);
    claims.put("aud", "sts.amazonaws.com");
    DecodedJwt token =
        new DecodedJwt(JSON.createObjectNode().put("alg", "RS256"), claims, "h.c", new byte[0]);
    ContextKeys keys =
        WebIdentityConditionKeys.of(
            provider, token, "session", Instant.ofEpochSecond(1_764_000_000L));
    EvaluationRequest request =
        EvaluationRequest.assumeRole(
            RequestPrincipal.federated(provider.arn()), "sts:AssumeRoleWithWebIdentity", keys);
    return new PolicyEvaluator().evaluate(List.of(STACK.roles().get(0).trustPolicy()), request);
  }
}
