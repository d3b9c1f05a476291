package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitHubClaimsTest {
  private static final String SHA = "7f93a73b8273af5d35fcd70661704c1cadc57054";
  private static final String WORKFLOW_REF =
      "github/actions-oidc-debugger/.github/workflows/action-test.yml@refs/pull/27/merge";

  /** The pull request run of github/actions-oidc-debugger's README example token (2025-07). */
  private static TokenRequest debuggerReadmeRequest() {
    WorkflowRun run =
        WorkflowRun.builder()
            .repository("github/actions-oidc-debugger")
            .repositoryId("487920697")
            .repositoryOwnerId("9919")
            .repositoryVisibility(RepositoryVisibility.PUBLIC)
            .pullRequest(27, "main", "release-setup")
            .sha(SHA)
            .actor("GrantBirki")
            .actorId("23362539")
            .workflow("Test Debugger Action")
            .workflowRef(WORKFLOW_REF)
            .runId("16055869479")
            .runNumber("33")
            .runAttempt("1")
            .checkRunId(null)
            .enterprise("github", "11468")
            .build();
    return TokenRequest.defaults(run)
        .withIssuedAt(Instant.ofEpochSecond(1751560375))
        .withLifetime(Duration.ofSeconds(21600))
        .withJti("4a576b35-ff09-41c5-af2c-ca62dd89b76a");
  }

  @Test
  void claims_forDebuggerReadmeRun_equalTheRealTokenClaimForClaim() {
    Map<String, Object> claims = GitHubClaims.of(debuggerReadmeRequest());

    assertThat(claims)
        .containsExactly(
            entry("actor", "GrantBirki"),
            entry("actor_id", "23362539"),
            entry("aud", "https://github.com/github"),
            entry("base_ref", "main"),
            entry("enterprise", "github"),
            entry("enterprise_id", "11468"),
            entry("event_name", "pull_request"),
            entry("exp", 1751581975L),
            entry("head_ref", "release-setup"),
            entry("iat", 1751560375L),
            entry("iss", "https://token.actions.githubusercontent.com"),
            entry("job_workflow_ref", WORKFLOW_REF),
            entry("job_workflow_sha", SHA),
            entry("jti", "4a576b35-ff09-41c5-af2c-ca62dd89b76a"),
            entry("nbf", 1751560075L),
            entry("ref", "refs/pull/27/merge"),
            entry("ref_protected", "false"),
            entry("ref_type", "branch"),
            entry("repository", "github/actions-oidc-debugger"),
            entry("repository_id", "487920697"),
            entry("repository_owner", "github"),
            entry("repository_owner_id", "9919"),
            entry("repository_visibility", "public"),
            entry("run_attempt", "1"),
            entry("run_id", "16055869479"),
            entry("run_number", "33"),
            entry("runner_environment", "github-hosted"),
            entry("sha", SHA),
            entry("sub", "repo:github/actions-oidc-debugger:pull_request"),
            entry("workflow", "Test Debugger Action"),
            entry("workflow_ref", WORKFLOW_REF),
            entry("workflow_sha", SHA));
  }

  @Test
  void claims_serialiseInAlphabeticalOrderWithStringValues_asRealTokenPayloads() throws Exception {
    String json = new ObjectMapper().writeValueAsString(GitHubClaims.of(debuggerReadmeRequest()));

    assertThat(json)
        .startsWith("{\"actor\":\"GrantBirki\",\"actor_id\":\"23362539\",\"aud\":")
        .contains("\"run_id\":\"16055869479\"", "\"ref_protected\":\"false\"")
        .contains("\"exp\":1751581975", "\"iat\":1751560375", "\"nbf\":1751560075");
  }

  @Test
  void claims_byDefault_liveFiveMinutesAndStartFiveMinutesEarly_asObservedSince2025() {
    TokenRequest request =
        TokenRequest.defaults(WorkflowRun.builder().build())
            .withIssuedAt(Instant.ofEpochSecond(1764090468, 999_000_000));

    Map<String, Object> claims = GitHubClaims.of(request);

    // container-registry/federated-idp-examples token: iat 1764090468, exp +300, nbf -300
    assertThat(claims)
        .contains(entry("iat", 1764090468L), entry("exp", 1764090768L), entry("nbf", 1764090168L));
  }

  @Test
  void claims_byDefault_addressTheOwnerAndIncludeCheckRunIdButNoEnvironment() {
    Map<String, Object> claims =
        GitHubClaims.of(TokenRequest.defaults(WorkflowRun.builder().build()));

    assertThat(claims)
        .contains(
            entry("aud", "https://github.com/octo-org"),
            entry("base_ref", ""),
            entry("head_ref", ""),
            entry("sub", "repo:octo-org/octo-repo:ref:refs/heads/main"))
        .containsKey("check_run_id")
        .doesNotContainKeys("environment", "environment_node_id", "enterprise", "enterprise_id");
    assertThat((String) claims.get("jti")).matches("[0-9a-f-]{36}");
  }

  @Test
  void claims_withEnvironment_includeItsNameAndNodeId_asInRealTokens() {
    WorkflowRun run =
        WorkflowRun.builder()
            .environment("Production")
            .environmentNodeId("EN_kwDOM0RsPM7xAwGo")
            .build();

    assertThat(GitHubClaims.of(TokenRequest.defaults(run)))
        .contains(
            entry("environment", "Production"),
            entry("environment_node_id", "EN_kwDOM0RsPM7xAwGo"),
            entry("sub", "repo:octo-org/octo-repo:environment:Production"));
  }

  @Test
  void claims_withEnterpriseIssuerAndAudience_carryThem_perCustomizingTheIssuerValue() {
    TokenRequest request =
        TokenRequest.defaults(WorkflowRun.builder().build())
            .withIssuer(GitHubIssuer.enterprise("octocat-inc"))
            .withAudience("sts.amazonaws.com");

    assertThat(GitHubClaims.of(request))
        .contains(
            entry("iss", "https://token.actions.githubusercontent.com/octocat-inc"),
            entry("aud", "sts.amazonaws.com"));
  }

  @Test
  void issuer_forEnterpriseServer_isHostnameServicesToken_perGitHubOidcReference() {
    assertThat(GitHubIssuer.server("github.example.com"))
        .isEqualTo("https://github.example.com/_services/token");
  }
}
