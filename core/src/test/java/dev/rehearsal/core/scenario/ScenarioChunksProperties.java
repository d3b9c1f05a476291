package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.error.ValidationException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Parsing a file in pieces on several cores gives what parsing it in one pass gives: the same
 * scenarios (lines included) or the same error, for generated files of the usual shape and for
 * files that only look like it (quoted scalars and flow lists over several lines, items that are
 * not mappings, keys after the list, anchors).
 */
class ScenarioChunksProperties {
  private static final String FILE = "big.yaml";

  @Property(tries = 300)
  void piecesAndOnePass_giveTheSameScenarios(@ForAll("validFiles") String yaml) {
    assertSameOutcome(yaml);
  }

  @Property(tries = 400)
  void piecesAndOnePass_giveTheSameScenariosOrTheSameError(@ForAll("files") String yaml) {
    assertSameOutcome(yaml);
  }

  private static void assertSameOutcome(String yaml) {
    Outcome onePass = outcome(() -> ScenarioFile.parse(FILE, yaml, 1, 1));
    Outcome inPieces = outcome(() -> ScenarioFile.parse(FILE, yaml, 3, 1));

    Statistics.collect(
        onePass.error() == null ? "parsed" : "error",
        ScenarioChunks.split(yaml, 3, 1).isEmpty() ? "not cut" : "cut");
    assertThat(inPieces).isEqualTo(onePass);
  }

  private record Outcome(List<Scenario> scenarios, String error) {}

  private static Outcome outcome(java.util.function.Supplier<List<Scenario>> parse) {
    try {
      return new Outcome(parse.get(), null);
    } catch (ValidationException e) {
      return new Outcome(null, e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> validFiles() {
    return files(
        Arbitraries.of(
            "defaults: {role: R}\n", "# generated\ndefaults:\n  role: R\n  token_age: 30s\n\n"),
        Arbitraries.of(""),
        validItem());
  }

  @Provide
  Arbitrary<String> files() {
    return files(
        Arbitraries.of(
            "",
            "defaults: {role: R}\n",
            "defaults: {role: R, audience: other}\n",
            "defaults: {role: R}\nscenarios: []\n",
            "defaults: {role: \"R\n"),
        Arbitraries.of("", "", "", "defaults: {role: R}\n", "---\n", "\n\n"),
        Arbitraries.oneOf(validItem(), trickyItem()));
  }

  private static Arbitrary<String> files(
      Arbitrary<String> header, Arbitrary<String> tail, Arbitrary<String> item) {
    Arbitraries.of(
        "",
        "defaults: {role: R}\n",
        "# generated\ndefaults:\n  role: R\n  token_age: 30s\n\n",
        "defaults: {role: R, audience: other}\n",
        "defaults: {role: R}\nscenarios: []\n",
        "defaults: {role: \"R\n");
    Arbitrary<String> key = Arbitraries.of("scenarios:\n", "scenarios:   # the matrix\n");
    Arbitrary<String> indent = Arbitraries.of("", "  ", "    ");
    Arbitrary<List<String>> items = item.list().ofMinSize(1).ofMaxSize(12);
    return Combinators.combine(header, key, indent, items, tail)
        .as(
            (h, k, in, list, t) -> {
              StringBuilder yaml = new StringBuilder(h).append(k);
              for (String it : list) {
                yaml.append(it.replace("@", in));
              }
              return yaml.append(t).toString();
            });
  }

  /** One list item, its lines starting at "@" (the list's indentation), N a number. */
  private static Arbitrary<String> validItem() {
    return numbered(
        Arbitraries.of(
            "@- {name: sN, run: {repository: acme/app, ref: main}, expect: {assume: allow}}\n",
            "@- {name: sN, run: {repository: acme/rN, ref: refs/heads/bN, token_age: 6m},"
                + " expect: {assume: deny, error: ExpiredTokenException}}\n",
            "@- name: sN\n@  role: Other\n@  run:\n@    repository: acme/app\n@    ref: refs/pull/N/merge\n"
                + "@    event: pull_request\n@  expect:\n@    assume: allow\n@    ecr:\n"
                + "@      - {action: ecr:PutImage, repository: app, expect: deny}\n",
            "\n# a comment\n",
            "@-\n@  name: sN\n@  run: {repository: a/b, ref: main}\n@  expect: {assume: allow}\n"));
  }

  private static Arbitrary<String> trickyItem() {
    return numbered(
        Arbitraries.of(
            "@- {name: \"sN\n@- still the name\", run: {repository: a/b, ref: main},"
                + " expect: {assume: allow}}\n",
            "@- {name: sN, run: {repository: a/b,\n@- ref: main}, expect: {assume: allow}}\n",
            "@- {name: sN, run: {repository: a/b, ref: main}, expect: {assume: maybe}}\n",
            "@- {name: sN, run: {repository: a/b, ref: main}, expct: {assume: allow}}\n",
            "@- just text\n",
            "@- {name: &a sN, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "@- {name: *a, run: {repository: a/b, ref: main}, expect: {assume: allow}}\n",
            "@- name: sN\n@  run: {repository: a/b, ref: main}\n@  expect: {assume: allow}\n"
                + "@  extra: |\n@    - looks like an item\n"));
  }

  private static Arbitrary<String> numbered(Arbitrary<String> shape) {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 99);
    return Combinators.combine(shape, n).as((s, i) -> s.replace("N", Integer.toString(i)));
  }
}
