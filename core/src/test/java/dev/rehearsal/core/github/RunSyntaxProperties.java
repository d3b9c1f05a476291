package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

  @Property(tries = 3000)
  void repository_matchesWhatTheRegexMatches(@ForAll("repositories") String value) {
    assertThat(RunSyntax.repository(value)).isEqualTo(REPOSITORY.matcher(value).matches());
  }

  @Property(tries = 3000)
  void actor_matchesWhatTheRegexMatches(@ForAll("actors") String value) {
    assertThat(RunSyntax.actor(value)).isEqualTo(ACTOR.matcher(value).matches());
  }

  @Property(tries = 2000)
  void idShaAndEvent_matchWhatTheRegexesMatch(@ForAll("numbers") String value) {
    assertThat(RunSyntax.id(value)).isEqualTo(ID.matcher(value).matches());
    assertThat(RunSyntax.sha(value)).isEqualTo(SHA.matcher(value).matches());
    assertThat(RunSyntax.event(value)).isEqualTo(EVENT.matcher(value).matches());
  }

  @Property(tries = 3000)
  void refAndWorkflowRef_matchWhatTheRegexesMatch(@ForAll("refs") String value) {
    assertThat(RunSyntax.ref(value)).isEqualTo(REF.matcher(value).matches());
    assertThat(RunSyntax.workflowRef(value)).isEqualTo(WORKFLOW_REF.matcher(value).matches());
  }

  @Provide
  Arbitrary<String> repositories() {
    Arbitrary<String> login = Arbitraries.strings().withChars("aZ09-_.").ofMaxLength(41);
    Arbitrary<String> name = Arbitraries.strings().withChars("aZ09-_./@ ").ofMaxLength(102);
    return Arbitraries.oneOf(
        net.jqwik.api.Combinators.combine(login, name).as((l, n) -> l + "/" + n),
        Arbitraries.strings().withChars("ab-/.").ofMaxLength(12));
  }

  @Provide
  Arbitrary<String> actors() {
    Arbitrary<String> login = Arbitraries.strings().withChars("aZ09-[]bot").ofMaxLength(42);
    return Arbitraries.oneOf(login, login.map(l -> l + "[bot]"), login.map(l -> l + "[bot]x"));
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789abcdefg_z").ofMaxLength(21),
        Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(39).ofMaxLength(65),
        Arbitraries.strings().withChars("0123456789abcdefA").ofLength(40),
        Arbitraries.strings().withChars("0123456789abcdefA").ofLength(64));
  }

  @Provide
  Arbitrary<String> refs() {
    Arbitrary<String> prefix =
        Arbitraries.of(
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
    Arbitrary<String> rest =
        Arbitraries.strings().withChars("ab/@\n\r\u0085\u2028\u2029é ").ofMaxLength(8);
    return net.jqwik.api.Combinators.combine(prefix, rest, rest).as((p, r, s) -> p + r + s);
  }
}
