package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.error.RehearsalException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * FlowScenarios, the fast reader of generated files, gives the scenarios the general path
 * (SnakeYAML in one pass) gives, lines included, or gives up; it never accepts a file the general
 * path refuses. Checked for files of the usual shape, which it must read, and for near misses:
 * quotes, comments, odd or repeated keys, bad values, non-ASCII text, long words, CRLF, tabs.
 */
class FlowScenariosProperties {
  private static final String FILE = "gen.yaml";

  @Property(tries = 300)
  void usualFiles_areRead_asTheGeneralPathReadsThem(
      @ForAll("usualFiles") String yaml, @ForAll("pieces") int pieces) {
    Optional<List<Scenario>> fast = fast(yaml, pieces);

    assertThat(fast).as("gave up on\n" + yaml).isPresent();
    assertThat(fast.get()).isEqualTo(ScenarioFile.parse(FILE, yaml, 1, 1));
  }

  @Property(tries = 1500)
  void anyFile_isReadAsTheGeneralPathReadsIt_orGivenUp(
      @ForAll("files") String yaml, @ForAll("pieces") int pieces) {
    Optional<List<Scenario>> fast = fast(yaml, pieces);
    Outcome general = outcome(() -> ScenarioFile.parse(FILE, yaml, 1, 1));

    Statistics.collect(
        fast.isPresent() ? "read" : "gave up", general.error() == null ? "valid" : "error");
    if (fast.isPresent()) {
      assertThat(general).as(yaml).isEqualTo(new Outcome(fast.get(), null));
    }
    // The public entry point tries the fast reader first: same outcome, errors included.
    assertThat(outcome(() -> ScenarioFile.parse(FILE, yaml))).isEqualTo(general);
  }

  private static Optional<List<Scenario>> fast(String yaml, int pieces) {
    return FlowScenarios.read(yaml.getBytes(StandardCharsets.ISO_8859_1), pieces, 16);
  }

  private record Outcome(List<Scenario> scenarios, String error) {}

  private static Outcome outcome(Supplier<List<Scenario>> parse) {
    try {
      return new Outcome(parse.get(), null);
    } catch (RehearsalException e) {
      return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  @Provide
  Arbitrary<Integer> pieces() {
    return Arbitraries.of(1, 2, 3, 7);
  }

  @Provide
  Arbitrary<String> usualFiles() {
    return files(
        Arbitraries.of(
            "defaults: {role: GithubOIDCIAMRole}\n",
            "# generated\n\ndefaults: {role: R, audience: sts.amazonaws.com, token_age: 30s}\n"),
        Arbitraries.of("scenarios:\n", "scenarios:  \n"),
        Arbitraries.of("  ", "", "    "),
        usualItem(),
        Arbitraries.of(""));
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> header =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.of(
                    "",
                    "defaults: {role: R}\n",
                    "defaults: {role: R, token_age: 2m}\n",
                    "#!\n# a b: {c}\n\n",
                    "defaults: {audience: other}\n")),
            Tuple.of(
                1,
                Arbitraries.of(
                    "defaults: {role: R} # c\n",
                    "defaults:  {role: R}\n",
                    "defaults: {role: R, role: S}\n",
                    "defaults: {role: [R]}\n",
                    "defaults: {role: R, token_age: soon}\n",
                    "defaults: {rol: R}\n",
                    "defaults:\n  role: R\n",
                    "defaults: {role: R}\r\n",
                    "defaults: {role: R}\ndefaults: {role: S}\n",
                    "# é\n",
                    "# why?\n",
                    "#\ttab\n",
                    " \n",
                    "---\n",
                    "defaults: {role: 'R'}\n")));
    Arbitrary<String> key =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of("scenarios:\n")),
            Tuple.of(
                1,
                Arbitraries.of(
                    "scenarios: # the matrix\n", "scenarios:\r\n", "scenarios: []\n", "")));
    Arbitrary<String> tail =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of("")),
            Tuple.of(
                1,
                Arbitraries.of(
                    "\n", "   \n", "# end\n", "defaults: {role: R}\n", "other: 1\n", "^- x\n")));
    Arbitrary<String> item =
        Arbitraries.frequencyOf(Tuple.of(5, usualItem()), Tuple.of(2, oddItem()));
    return files(header, key, Arbitraries.of("  ", "", "    "), item, tail);
  }

  private static Arbitrary<String> files(
      Arbitrary<String> header,
      Arbitrary<String> key,
      Arbitrary<String> indent,
      Arbitrary<String> item,
      Arbitrary<String> tail) {
    Arbitrary<List<String>> items = item.list().ofMinSize(1).ofMaxSize(10);
    Arbitrary<Boolean> lastNewline = Arbitraries.of(true, true, false);
    return Combinators.combine(header, key, indent, items, tail, lastNewline)
        .as(
            (h, k, in, list, t, newline) -> {
              StringBuilder yaml = new StringBuilder(h).append(k);
              for (String it : list) {
                yaml.append(it.replace("^", in));
              }
              yaml.append(t.replace("^", in));
              String text = yaml.toString();
              return newline || !text.endsWith("\n") ? text : text.substring(0, text.length() - 1);
            });
  }

  /** An item as check-100k.sh and matrix generators write it, N a number. */
  private static Arbitrary<String> usualItem() {
    Arbitrary<String> run =
        Arbitraries.of(
            "{repository: acme/app, ref: main}",
            "{repository: evil/app, ref: main}",
            "{repository: acme/app, ref: main, audience: other}",
            "{repository: acme/app, ref: main, token_age: 6m}",
            "{repository: acme/app, ref: refs/pull/N/merge, event: pull_request}",
            "{repository: acme/app, ref: refs/pull/N/merge, event: pull_request_target,"
                + " base_ref: dev, head_ref: fix-N}",
            "{repository: acme/rN, ref: refs/heads/bN}",
            "{repository: acme/app, ref: refs/tags/vN, environment: prod, actor: dependabot,"
                + " workflow: Build, repository_id: 7N, repository_owner_id: 9N}",
            "{repository: acme/app, ref: main, immutable_subject: true, subject_template: [repo,"
                + " context]}",
            "{repository: acme/app, ref: main, subject_template: repo, token_age: 1h}",
            "{repository: acme/app, ref: main, job_workflow_ref:"
                + " acme/ci/.github/workflows/r.yml@refs/heads/main}");
    Arbitrary<String> expect =
        Arbitraries.of(
            "{assume: allow}",
            "{assume: deny, error: AccessDenied}",
            "{assume: Allowed}",
            "{assume: allow, ecr: [{action: ecr:PutImage, repository: test-service, expect:"
                + " allow}]}",
            "{assume: allow, ecr: [{action: ecr:GetAuthorizationToken, expect: allow}, {action:"
                + " ECR:PutImage, repository: app, expect: denied}]}",
            "{assume: deny, ecr: []}");
    Arbitrary<String> role = Arbitraries.of("", "role: Other, ");
    Arbitrary<String> separator = Arbitraries.of(", ", ",  ", " , ");
    return numbered(
        Combinators.combine(role, run, expect, separator)
            .as(
                (r, ru, e, sep) ->
                    "^- {name: sN" + sep + r + "run: " + ru + sep + "expect: " + e + "}\n"));
  }

  /** Items the fast reader must give up on, or read as SnakeYAML does. */
  private static Arbitrary<String> oddItem() {
    return numbered(
        Arbitraries.of(
            "^- {name: \"sN\", run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow}} # c\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow}}\r\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow}}\t\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: maybe}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expct: {assume: allow}}\n",
            "^- {name: sN, name: x, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: ab, ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main, event: pull_request}, expect:"
                + " {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main, token_age: soon}, expect: {assume:"
                + " allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main, immutable_subject: yes}, expect:"
                + " {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main, subject_template: [bogus]}, expect:"
                + " {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow, ecr:"
                + " [{action: s3:GetObject, expect: deny}]}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow, ecr:"
                + " {action: ecr:PutImage, expect: deny}}}\n",
            "^- {name: sN, run: {repository: a/b}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}}\n",
            "^- {name: sN, expect: {assume: allow}, run: {repository: a/b, ref: main}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow, error:"
                + " x:y}}\n",
            "^- {name: é, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^- {name: s🚀, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main, workflow: Deploy 🚀}, expect:"
                + " {assume: allow}}\n",
            "^- {name: "
                + "x".repeat(3000)
                + ", run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/"
                + "b".repeat(101)
                + ", ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN,run: {repository: a/b, ref: main},expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref:main}, expect: {assume: allow}}\n",
            "^-  {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^  - {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^- name: sN\n^  run: {repository: a/b, ref: main}\n^  expect: {assume: allow}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow}, extra:"
                + " 1}\n",
            "^- {name: sN, run: {repository: a/b,\n^ ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow}}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: [allow]}}\n",
            "^- {name: -sN, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow, ecr: [,]}}\n",
            "^- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: allow, ecr:"
                + " [{action: ecr:PutImage, expect: allow},]}}\n",
            "\n",
            "   \n",
            "^# a comment\n"));
  }

  private static Arbitrary<String> numbered(Arbitrary<String> shape) {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 99);
    return Combinators.combine(shape, n).as((s, i) -> s.replace("N", Integer.toString(i)));
  }
}
