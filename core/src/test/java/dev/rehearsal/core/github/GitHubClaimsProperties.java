package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GitHubClaimsProperties {
  private static final Set<String> NUMERIC_DATES = Set.of("exp", "iat", "nbf");

  @Test
  void everyClaimButTheNumericDates_isAString() {
    qt().withExamples(1000)
        .forAll(runs())
        .checkAssert(
            run -> {
              Map<String, Object> claims = GitHubClaims.of(TokenRequest.defaults(run));

              claims.forEach(
                  (name, value) -> {
                    if (NUMERIC_DATES.contains(name)) {
                      assertThat(value).as(name).isInstanceOf(Long.class);
                    } else {
                      assertThat(value).as(name).isInstanceOf(String.class);
                    }
                  });
            });
  }

  @Test
  void defaultSubject_alwaysStartsWithRepo_andNamesTheRepository() {
    qt().withExamples(1000)
        .forAll(runs())
        .checkAssert(
            run -> {
              String sub = (String) GitHubClaims.of(TokenRequest.defaults(run)).get("sub");

              assertThat(sub).startsWith("repo:" + run.repositoryOwner());
              assertThat(sub.split(":")).hasSizeBetween(3, 4);
            });
  }

  @Test
  void timesAreWholeSecondsAroundIssuedAt() {
    qt().withExamples(1000)
        .forAll(runs(), instants())
        .checkAssert(
            (run, issuedAt) -> {
              Map<String, Object> claims =
                  GitHubClaims.of(TokenRequest.defaults(run).withIssuedAt(issuedAt));

              assertThat((Long) claims.get("iat")).isEqualTo(issuedAt.getEpochSecond());
              assertThat((Long) claims.get("nbf")).isLessThanOrEqualTo((Long) claims.get("iat"));
              assertThat((Long) claims.get("exp")).isGreaterThan((Long) claims.get("iat"));
            });
  }

  /**
   * The fast form check uses is the map's claims in the map's order: names in ascending order (so
   * the sorted map keeps them as they are), lower-case words (their JSON is the name in quotes).
   */
  @Test
  void ordered_isOfInItsOrder() {
    qt().withExamples(1000)
        .forAll(runs(), templates())
        .checkAssert(
            (run, template) -> {
              TokenRequest request = TokenRequest.defaults(run).withSubjectTemplate(template);
              TokenClaims ordered = GitHubClaims.ordered(request);

              assertThat(ordered.names())
                  .isSorted()
                  .doesNotHaveDuplicates()
                  .allMatch(n -> n.matches("[a-z_]+"));
              assertThat(ordered.names())
                  .containsExactlyElementsOf(GitHubClaims.of(request).keySet());
              for (int i = 0; i < ordered.size(); i++) {
                assertThat(ordered.value(i))
                    .isEqualTo(GitHubClaims.of(request).get(ordered.name(i)));
                assertThat(ordered.get(ordered.name(i))).isEqualTo(ordered.value(i));
              }
            });
  }

  private static Gen<SubjectTemplate> templates() {
    return Gens.of(
        SubjectTemplate.githubDefault(),
        SubjectTemplate.custom("repo", "context"),
        SubjectTemplate.custom("repository_owner", "repository_visibility", "workflow"),
        SubjectTemplate.custom("repo", "job_workflow_ref", "actor_id"));
  }

  private static Gen<Instant> instants() {
    return Gens.longs(0, 4_000_000_000L, 1000)
        .zip(Gens.ints(0, 999_999_999, 1000), Instant::ofEpochSecond);
  }

  private static Gen<WorkflowRun> runs() {
    Gen<String> owner = Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC), 1, 20, 1000);
    Gen<String> name = Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC + "._-"), 3, 30, 1000);
    Gen<String> id = Gens.longs(1, Long.MAX_VALUE, 1000).map(n -> Long.toString(n));
    Gen<String> environment =
        Gens.injectNull(
            Gens.filter(Gens.strings(Gens.anyChar(), 1, 20, 1000), s -> !s.isBlank()), 0.5);
    Gen<String> branch = Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC + "/:-"), 1, 20, 1000);
    Gen<Boolean> pullRequest = Gens.of(true, false);
    return Gens.filter(
        Gens.combine(
            owner,
            name,
            id,
            environment,
            branch,
            pullRequest,
            Gens.of(true, false),
            (o, n, i, env, b, pr, immutable) -> {
              WorkflowRunBuilder builder =
                  WorkflowRun.builder()
                      .repository(o + "/" + n)
                      .repositoryId(i)
                      .environment(env)
                      .immutableSubject(immutable);
              return (pr ? builder.pullRequest(1, "main", b) : builder.ref("refs/heads/" + b))
                  .build();
            }),
        run -> !run.repositoryName().equals(".") && !run.repositoryName().equals(".."));
  }
}
