package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** RunShorthand's hand-written pull-request ref reading agrees with the regex it replaced. */
class RunShorthandProperties {
  private static final Pattern PULL_REF = Pattern.compile("refs/pull/([1-9][0-9]{0,8})/merge");

  @Property(tries = 3000)
  void pullNumber_isTheRegexGroup(@ForAll("pullRefs") String ref) {
    Matcher pull = PULL_REF.matcher(ref);
    assertThat(RunShorthand.pullNumber(ref))
        .isEqualTo(pull.matches() ? Integer.parseInt(pull.group(1)) : -1);
  }

  /** The run is the one pullRequest(number, base, head) built, ref included, or the same error. */
  @Property(tries = 2000)
  void builder_givesWhatPullRequestGave(@ForAll("pullRefs") String ref) {
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

  @Provide
  Arbitrary<String> pullRefs() {
    Arbitrary<String> number = Arbitraries.strings().withChars("0123456789a/").ofMaxLength(11);
    return Arbitraries.oneOf(
        number.map(n -> "refs/pull/" + n + "/merge"),
        number.map(n -> n + "/merge"),
        Arbitraries.integers().between(0, Integer.MAX_VALUE).map(n -> "refs/pull/" + n + "/merge"),
        Arbitraries.strings().withChars("refs/pulmg0123").ofMaxLength(20));
  }
}
