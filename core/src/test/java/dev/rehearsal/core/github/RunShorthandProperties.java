package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** RunShorthand's hand-written pull-request ref reading agrees with the regex it replaced. */
class RunShorthandProperties {
  private static final Pattern PULL_REF = Pattern.compile("refs/pull/([1-9][0-9]{0,8})/merge");

  @Test
  void pullNumber_isTheRegexGroup() {
    qt().withExamples(3000)
        .forAll(pullRefs(3000))
        .checkAssert(
            ref -> {
              Matcher pull = PULL_REF.matcher(ref);
              assertThat(RunShorthand.pullNumber(ref))
                  .isEqualTo(pull.matches() ? Integer.parseInt(pull.group(1)) : -1);
            });
  }

  /** The run is the one pullRequest(number, base, head) built, ref included, or the same error. */
  @Test
  void builder_givesWhatPullRequestGave() {
    qt().withExamples(2000).forAll(pullRefs(2000)).checkAssert(RunShorthandProperties::builds);
  }

  private static void builds(String ref) {
    Matcher pull = PULL_REF.matcher(RunShorthand.fullRef(ref));
    if (!pull.matches()) {
      assertThatThrownBy(() -> RunShorthand.builder("acme/app", ref, "pull_request", "main", "f"))
          .isInstanceOf(GitHubValidationException.class)
          .hasMessageContaining("a pull_request run needs ref refs/pull/N/merge, got " + ref);
      return;
    }
    WorkflowRun expected =
        WorkflowRun.builder()
            .repository("acme/app")
            .ref(RunShorthand.fullRef(ref))
            .pullRequest(Integer.parseInt(pull.group(1)), "main", "f")
            .eventName("pull_request_target")
            .build();
    assertThat(RunShorthand.builder("acme/app", ref, "pull_request_target", "main", "f").build())
        .isEqualTo(expected);
  }

  private static Gen<String> pullRefs(int tries) {
    Gen<String> number = Gens.strings(Gens.chars("0123456789a/"), 0, 11, tries);
    return Gens.oneOf(
        number.map(n -> "refs/pull/" + n + "/merge"),
        number.map(n -> n + "/merge"),
        Gens.ints(0, Integer.MAX_VALUE, tries).map(n -> "refs/pull/" + n + "/merge"),
        Gens.strings(Gens.chars("refs/pulmg0123"), 0, 20, tries));
  }
}
