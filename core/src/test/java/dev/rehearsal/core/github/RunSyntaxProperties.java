package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Each of RunSyntax's matchers matches exactly what the regular expression it replaced matched. */
class RunSyntaxProperties {
  private static final String LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?";
  private static final Pattern REPOSITORY = Pattern.compile(LOGIN + "/[A-Za-z0-9._-]{1,100}");
  private static final Pattern ACTOR = Pattern.compile(LOGIN + "(?:\\[bot])?");
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final Pattern REF = Pattern.compile("refs/(?:heads|tags|pull)/.+");
  private static final Pattern EVENT = Pattern.compile("[a-z_]+");
  private static final Pattern WORKFLOW_REF = Pattern.compile("[^/]+/[^/]+/[^@]+@refs/.+");

  @Test
  void repository_matchesWhatTheRegexMatches() {
    qt().withExamples(3000)
        .forAll(repositories(3000))
        .checkAssert(
            value ->
                assertThat(RunSyntax.repository(value))
                    .isEqualTo(REPOSITORY.matcher(value).matches()));
  }

  @Test
  void actor_matchesWhatTheRegexMatches() {
    qt().withExamples(3000)
        .forAll(actors(3000))
        .checkAssert(
            value -> assertThat(RunSyntax.actor(value)).isEqualTo(ACTOR.matcher(value).matches()));
  }

  @Test
  void idShaAndEvent_matchWhatTheRegexesMatch() {
    qt().withExamples(2000)
        .forAll(numbers(2000))
        .checkAssert(
            value -> {
              assertThat(RunSyntax.id(value)).isEqualTo(ID.matcher(value).matches());
              assertThat(RunSyntax.sha(value)).isEqualTo(SHA.matcher(value).matches());
              assertThat(RunSyntax.event(value)).isEqualTo(EVENT.matcher(value).matches());
            });
  }

  @Test
  void refAndWorkflowRef_matchWhatTheRegexesMatch() {
    qt().withExamples(3000)
        .forAll(refs(3000))
        .checkAssert(
            value -> {
              assertThat(RunSyntax.ref(value)).isEqualTo(REF.matcher(value).matches());
              assertThat(RunSyntax.workflowRef(value))
                  .isEqualTo(WORKFLOW_REF.matcher(value).matches());
            });
  }

  private static Gen<String> repositories(int tries) {
    Gen<String> login = Gens.strings(Gens.chars("aZ09-_."), 0, 41, tries);
    Gen<String> name = Gens.strings(Gens.chars("aZ09-_./@ "), 0, 102, tries);
    return Gens.oneOf(
        login.zip(name, (l, n) -> l + "/" + n), Gens.strings(Gens.chars("ab-/."), 0, 12, tries));
  }

  private static Gen<String> actors(int tries) {
    Gen<String> login = Gens.strings(Gens.chars("aZ09-[]bot"), 0, 42, tries);
    return Gens.oneOf(login, login.map(l -> l + "[bot]"), login.map(l -> l + "[bot]x"));
  }

  private static Gen<String> numbers(int tries) {
    return Gens.oneOf(
        Gens.strings(Gens.chars("0123456789abcdefg_z"), 0, 21, tries),
        Gens.strings(Gens.chars("0123456789abcdef"), 39, 65, tries),
        Gens.strings(Gens.chars("0123456789abcdefA"), 40, 40, tries),
        Gens.strings(Gens.chars("0123456789abcdefA"), 64, 64, tries));
  }

  private static Gen<String> refs(int tries) {
    Gen<String> prefix =
        Gens.of(
            "refs/heads/",
            "refs/tags/",
            "refs/pull/",
            "refs/other/",
            "refs/heads",
            "",
            "a/b/",
            "a/b/.github/workflows/d.yml@refs/",
            "a/b/c@refs/heads/",
            "/b/c@refs/",
            "a//c@refs/x",
            "a/b/@refs/x",
            "a@/b/c@refs/x",
            "a/b/c/d@refs/",
            "a/b/c@ref/x");
    Gen<String> rest = Gens.strings(Gens.chars("ab/@\n\r\u0085\u2028\u2029é "), 0, 8, tries);
    return prefix.zip(rest, rest, (p, r, s) -> p + r + s);
  }
}
