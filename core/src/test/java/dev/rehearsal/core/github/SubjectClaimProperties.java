package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The subject written in one builder is the concatenation of its parts the docs describe. */
class SubjectClaimProperties {
  @Test
  void defaultForm_isTheConcatenationOfItsParts() {
    qt().withExamples(1000)
        .forAll(runs(1000))
        .checkAssert(SubjectClaimProperties::isTheConcatenationOfItsParts);
  }

  private static void isTheConcatenationOfItsParts(WorkflowRun run) {
    String repo =
        run.immutableSubject()
            ? "repo:"
                + run.repositoryOwner()
                + "@"
                + run.repositoryOwnerId()
                + "/"
                + run.repositoryName()
                + "@"
                + run.repositoryId()
            : "repo:" + run.repository();
    String context =
        run.environment().isPresent()
            ? "environment:" + run.environment().get().replace(":", "%3A")
            : run.eventName().equals("pull_request")
                ? "pull_request"
                : "ref:" + run.ref().replace(":", "%3A");
    assertThat(SubjectClaim.defaultForm(run)).isEqualTo(repo + ":" + context);
    assertThat(SubjectClaim.repoSegment(run)).isEqualTo(repo);
    assertThat(SubjectClaim.context(run)).isEqualTo(context);
  }

  private static Gen<WorkflowRun> runs(int tries) {
    Gen<String> owner = Gens.of("acme", "octo-org", "a1");
    Gen<String> name = Gens.strings(Gens.chars("ab.-_9"), 1, 9, tries).map(n -> "r" + n);
    Gen<String> ref = Gens.strings(Gens.chars("ab:/é🚀"), 1, 8, tries).map(r -> "refs/heads/" + r);
    Gen<String> environment =
        Gens.injectNull(Gens.strings(Gens.chars("pr:d é🚀"), 1, 8, tries), 0.4);
    return Gens.combine(
        owner,
        name,
        ref,
        environment,
        Gens.of(true, false),
        Gens.of(0, 1, 2),
        (o, n, r, e, immutable, kind) -> {
          WorkflowRunBuilder builder =
              WorkflowRun.builder()
                  .repository(o + "/" + n)
                  .ref(r)
                  .environment(e == null || e.isBlank() ? null : e)
                  .immutableSubject(immutable);
          return switch (kind) {
            case 0 -> builder.build();
            case 1 -> builder.pullRequest(7, "main", "f").build();
            default -> builder.eventName("workflow_dispatch").build();
          };
        });
  }
}
