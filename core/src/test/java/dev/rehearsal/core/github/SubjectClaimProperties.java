package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The subject written in one builder is the concatenation of its parts the docs describe. */
class SubjectClaimProperties {
  @Property(tries = 1000)
  void defaultForm_isTheConcatenationOfItsParts(@ForAll("runs") WorkflowRun run) {
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

  @Provide
  Arbitrary<WorkflowRun> runs() {
    Arbitrary<String> owner = Arbitraries.of("acme", "octo-org", "a1");
    Arbitrary<String> name =
        Arbitraries.strings().withChars("ab.-_9").ofMinLength(1).ofMaxLength(9).map(n -> "r" + n);
    Arbitrary<String> ref =
        Arbitraries.strings()
            .withChars("ab:/é🚀")
            .ofMinLength(1)
            .ofMaxLength(8)
            .map(r -> "refs/heads/" + r);
    Arbitrary<String> environment =
        Arbitraries.strings().withChars("pr:d é🚀").ofMinLength(1).ofMaxLength(8).injectNull(0.4);
    return Combinators.combine(
            owner, name, ref, environment, Arbitraries.of(true, false), Arbitraries.of(0, 1, 2))
        .as(
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
