package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GitHubClaimsProperties {
  private static final Set<String> NUMERIC_DATES = Set.of("exp", "iat", "nbf");

  @Property
  void everyClaimButTheNumericDates_isAString(@ForAll("runs") WorkflowRun run) {
    Map<String, Object> claims = GitHubClaims.of(TokenRequest.defaults(run));

    claims.forEach(
        (name, value) -> {
          if (NUMERIC_DATES.contains(name)) {
            assertThat(value).as(name).isInstanceOf(Long.class);
          } else {
            assertThat(value).as(name).isInstanceOf(String.class);
          }
        });
  }

  @Property
  void defaultSubject_alwaysStartsWithRepo_andNamesTheRepository(@ForAll("runs") WorkflowRun run) {
    String sub = (String) GitHubClaims.of(TokenRequest.defaults(run)).get("sub");

    assertThat(sub).startsWith("repo:" + run.repositoryOwner());
    assertThat(sub.split(":")).hasSizeBetween(3, 4);
  }

  @Property
  void timesAreWholeSecondsAroundIssuedAt(
      @ForAll("runs") WorkflowRun run, @ForAll("instants") Instant issuedAt) {
    Map<String, Object> claims = GitHubClaims.of(TokenRequest.defaults(run).withIssuedAt(issuedAt));

    assertThat((Long) claims.get("iat")).isEqualTo(issuedAt.getEpochSecond());
    assertThat((Long) claims.get("nbf")).isLessThanOrEqualTo((Long) claims.get("iat"));
    assertThat((Long) claims.get("exp")).isGreaterThan((Long) claims.get("iat"));
  }

  /**
   * The fast form check uses is the map's claims in the map's order: names in ascending order (so
   * the sorted map keeps them as they are), lower-case words (their JSON is the name in quotes).
   */
  @Property
  void ordered_isOfInItsOrder(
      @ForAll("runs") WorkflowRun run, @ForAll("templates") SubjectTemplate template) {
    TokenRequest request = TokenRequest.defaults(run).withSubjectTemplate(template);
    TokenClaims ordered = GitHubClaims.ordered(request);

    assertThat(ordered.names())
        .isSorted()
        .doesNotHaveDuplicates()
        .allMatch(n -> n.matches("[a-z_]+"));
    assertThat(ordered.names()).containsExactlyElementsOf(GitHubClaims.of(request).keySet());
    for (int i = 0; i < ordered.size(); i++) {
      assertThat(ordered.value(i)).isEqualTo(GitHubClaims.of(request).get(ordered.name(i)));
      assertThat(ordered.get(ordered.name(i))).isEqualTo(ordered.value(i));
    }
  }

  @Provide
  Arbitrary<SubjectTemplate> templates() {
    return Arbitraries.of(
        SubjectTemplate.githubDefault(),
        SubjectTemplate.custom("repo", "context"),
        SubjectTemplate.custom("repository_owner", "repository_visibility", "workflow"),
        SubjectTemplate.custom("repo", "job_workflow_ref", "actor_id"));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(0, 4_000_000_000L)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<WorkflowRun> runs() {
    Arbitrary<String> owner =
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> name =
        Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(3).ofMaxLength(30);
    Arbitrary<String> id = Arbitraries.longs().between(1, Long.MAX_VALUE).map(String::valueOf);
    Arbitrary<String> environment =
        Arbitraries.strings()
            .ofMinLength(1)
            .ofMaxLength(20)
            .filter(s -> !s.isBlank())
            .injectNull(0.5);
    Arbitrary<String> branch =
        Arbitraries.strings().alpha().numeric().withChars("/:-").ofMinLength(1).ofMaxLength(20);
    Arbitrary<Boolean> pullRequest = Arbitraries.of(true, false);
    return Combinators.combine(
            owner, name, id, environment, branch, pullRequest, Arbitraries.of(true, false))
        .as(
            (o, n, i, env, b, pr, immutable) -> {
              WorkflowRunBuilder builder =
                  WorkflowRun.builder()
                      .repository(o + "/" + n)
                      .repositoryId(i)
                      .environment(env)
                      .immutableSubject(immutable);
              return (pr ? builder.pullRequest(1, "main", b) : builder.ref("refs/heads/" + b))
                  .build();
            })
        .filter(run -> !run.repositoryName().equals(".") && !run.repositoryName().equals(".."));
  }
}
