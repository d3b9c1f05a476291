package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each expected subject is quoted from docs.github.com, "OpenID Connect reference" ("Example
 * subject claims", "Immutable subject claims", "Customizing the subject claims").
 */
class SubjectClaimTest {
  private static WorkflowRunBuilder octoRepo() {
    return WorkflowRun.builder()
        .repository("octo-org/octo-repo")
        .repositoryOwnerId("123456")
        .repositoryId("456789");
  }

  private static String subject(WorkflowRun run, SubjectTemplate template) {
    TokenRequest request =
        TokenRequest.defaults(run)
            .withIssuedAt(Instant.ofEpochSecond(1751560375))
            .withSubjectTemplate(template);
    return (String) GitHubClaims.of(request).get("sub");
  }

  private static String defaultSubject(WorkflowRun run) {
    return subject(run, SubjectTemplate.githubDefault());
  }

  @Test
  void subject_whenEnvironmentSet_usesEnvironmentForm_perGitHubOidcReference() {
    WorkflowRun run = octoRepo().environment("Production").build();

    assertThat(defaultSubject(run)).isEqualTo("repo:octo-org/octo-repo:environment:Production");
  }

  @Test
  void subject_whenEnvironmentOnPullRequest_environmentWins_perGitHubOidcReference() {
    WorkflowRun run =
        WorkflowRun.builder().pullRequest(7, "main", "topic").environment("Production").build();

    assertThat(defaultSubject(run)).isEqualTo("repo:octo-org/octo-repo:environment:Production");
  }

  @Test
  void subject_whenPullRequestEvent_usesPullRequestForm_perGitHubOidcReference() {
    WorkflowRun run = WorkflowRun.builder().pullRequest(7, "main", "topic").build();

    assertThat(defaultSubject(run)).isEqualTo("repo:octo-org/octo-repo:pull_request");
  }

  @ParameterizedTest
  @CsvSource({
    "refs/heads/demo-branch, repo:octo-org/octo-repo:ref:refs/heads/demo-branch",
    "refs/tags/demo-tag, repo:octo-org/octo-repo:ref:refs/tags/demo-tag"
  })
  void subject_whenBranchOrTag_usesRefForm_perGitHubOidcReference(String ref, String expected) {
    assertThat(defaultSubject(WorkflowRun.builder().ref(ref).build())).isEqualTo(expected);
  }

  @Test
  void subject_whenPullRequestTarget_usesRefForm_becauseOnlyPullRequestHasItsOwnForm() {
    WorkflowRun run =
        WorkflowRun.builder()
            .eventName("pull_request_target")
            .baseRef("main")
            .headRef("topic")
            .build();

    assertThat(defaultSubject(run)).isEqualTo("repo:octo-org/octo-repo:ref:refs/heads/main");
  }

  @Test
  void subject_whenValueHasColon_writesPercent3A_perGitHubOidcReferenceMetadataWithColon() {
    WorkflowRun run = octoRepo().environment("Production:V1").build();

    assertThat(defaultSubject(run))
        .isEqualTo("repo:octo-org/octo-repo:environment:Production%3AV1");
  }

  @Test
  void subject_whenImmutable_includesOwnerAndRepoIds_perGitHubImmutableSubjectClaims() {
    WorkflowRun run = octoRepo().immutableSubject(true).build();

    assertThat(defaultSubject(run))
        .isEqualTo("repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main");
  }

  @Test
  void subject_whenImmutableAndCustomTemplate_keepsIdsInRepoSegment_perGitHubOidcReference() {
    WorkflowRun run = octoRepo().immutableSubject(true).environment("prod").build();

    assertThat(subject(run, SubjectTemplate.custom("repo", "context")))
        .isEqualTo("repo:octo-org@123456/octo-repo@456789:environment:prod");
  }

  @Test
  void subject_whenRealImmutableToken_matchesIt_perAndreasoOutputOidcClaimsAction() {
    WorkflowRun run =
        WorkflowRun.builder()
            .repository("andreaso/actions-tester")
            .repositoryOwnerId("285964")
            .repositoryId("1339936803")
            .ref("refs/heads/test-output-oidc-claims-action")
            .immutableSubject(true)
            .build();

    assertThat(defaultSubject(run))
        .isEqualTo(
            "repo:andreaso@285964/actions-tester@1339936803"
                + ":ref:refs/heads/test-output-oidc-claims-action");
  }

  @Test
  void customTemplate_repositoryOwnerAndVisibility_perGitHubDocsExample() {
    WorkflowRun run =
        WorkflowRun.builder()
            .repository("monalisa/octo-repo")
            .repositoryVisibility(RepositoryVisibility.PRIVATE)
            .build();

    assertThat(subject(run, SubjectTemplate.custom("repository_owner", "repository_visibility")))
        .isEqualTo("repository_owner:monalisa:repository_visibility:private");
    assertThat(subject(run, SubjectTemplate.custom("repository_owner")))
        .isEqualTo("repository_owner:monalisa");
  }

  @Test
  void customTemplate_reusableWorkflow_perGitHubDocsExample() {
    WorkflowRun run =
        octoRepo()
            .environment("prod")
            .jobWorkflowRef("octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main")
            .build();

    assertThat(subject(run, SubjectTemplate.custom("job_workflow_ref")))
        .isEqualTo(
            "job_workflow_ref:octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main");
    assertThat(subject(run, SubjectTemplate.custom("repo", "context", "job_workflow_ref")))
        .isEqualTo(
            "repo:octo-org/octo-repo:environment:prod:job_workflow_ref:"
                + "octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main");
  }

  @Test
  void customTemplate_contextValueWithColon_perGitHubDocsExample() {
    WorkflowRun run = octoRepo().environment("production:eastus").build();

    assertThat(subject(run, SubjectTemplate.custom("environment", "repository_owner")))
        .isEqualTo("environment:production%3Aeastus:repository_owner:octo-org");
  }

  @Test
  void customTemplate_repoOnly_grantsTheRepository_perGitHubDocsExample() {
    assertThat(subject(octoRepo().build(), SubjectTemplate.custom("repo")))
        .isEqualTo("repo:octo-org/octo-repo");
  }

  @Test
  void customTemplate_repoAndContext_reproducesDefault_perGitHubResettingOrganizationTemplate() {
    WorkflowRun run = octoRepo().ref("refs/tags/v1").build();

    assertThat(subject(run, SubjectTemplate.custom("repo", "context")))
        .isEqualTo(defaultSubject(run));
  }

  @Test
  void customTemplate_audienceAndIssuer_escapeTheirColons() {
    assertThat(subject(octoRepo().build(), SubjectTemplate.custom("aud", "iss")))
        .isEqualTo(
            "aud:https%3A//github.com/octo-org:iss:https%3A//token.actions.githubusercontent.com");
  }

  @Test
  void customTemplate_whenEnvironmentKeyButNoEnvironment_refuses_perGitHubOidcReference() {
    SubjectTemplate template = new SubjectTemplate(false, List.of("environment"));

    assertThatThrownBy(() -> subject(octoRepo().build(), template))
        .isInstanceOf(GitHubValidationException.class)
        .hasMessageContaining("'environment'")
        .hasMessageContaining("no environment");
  }
}
