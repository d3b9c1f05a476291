package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.error.ValidationException;
import dev.rehearsal.core.property.Gens;
import dev.rehearsal.core.property.Labels;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Parsing a file in pieces on several cores gives what parsing it in one pass gives: the same
 * scenarios (lines included) or the same error, for generated files of the usual shape and for
 * files that only look like it (quoted scalars and flow lists over several lines, items that are
 * not mappings, keys after the list, anchors).
 */
class ScenarioChunksProperties {
  private static final String FILE = "big.yaml";

  @Test
  void piecesAndOnePass_giveTheSameScenarios() {
    Labels labels = new Labels("ScenarioChunksProperties:piecesAndOnePass giveTheSameScenarios");
    qt().withExamples(300)
        .forAll(validFiles(300))
        .checkAssert(yaml -> assertSameOutcome(yaml, labels));
    labels.print();
  }

  @Test
  void piecesAndOnePass_giveTheSameScenariosOrTheSameError() {
    Labels labels =
        new Labels("ScenarioChunksProperties:piecesAndOnePass giveTheSameScenariosOrTheSameError");
    qt().withExamples(400).forAll(files(400)).checkAssert(yaml -> assertSameOutcome(yaml, labels));
    labels.print();
  }

  private static void assertSameOutcome(String yaml, Labels labels) {
    Outcome onePass = outcome(() -> ScenarioFile.parse(FILE, yaml, 1, 1));
    Outcome inPieces = outcome(() -> ScenarioFile.parse(FILE, yaml, 3, 1));

    labels.collect(
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

  private static Gen<String> validFiles(int tries) {
    return files(
        Gens.of("defaults: {role: R}\n", "# generated\ndefaults:\n  role: R\n  token_age: 30s\n\n"),
        Gens.of(""),
        validItem(),
        tries);
  }

  private static Gen<String> files(int tries) {
    return files(
        Gens.of(
            "",
            "defaults: {role: R}\n",
            "defaults: {role: R, audience: other}\n",
            "defaults: {role: R}\nscenarios: []\n",
            "defaults: {role: \"R\n"),
        Gens.of("", "", "", "defaults: {role: R}\n", "---\n", "\n\n"),
        Gens.oneOf(validItem(), trickyItem()),
        tries);
  }

  private static Gen<String> files(
      Gen<String> header, Gen<String> tail, Gen<String> item, int tries) {
    Gen<String> key = Gens.of("scenarios:\n", "scenarios:   # the matrix\n");
    Gen<String> indent = Gens.of("", "  ", "    ");
    Gen<List<String>> items = Gens.lists(item, 1, 12, tries);
    return header.zip(
        key,
        indent,
        items,
        tail,
        (h, k, in, list, t) -> {
          StringBuilder yaml = new StringBuilder(h).append(k);
          for (String it : list) {
            yaml.append(it.replace("@", in));
          }
          return yaml.append(t).toString();
        });
  }

  /** One list item, its lines starting at "@" (the list's indentation), N a number. */
  private static Gen<String> validItem() {
    return numbered(
        Gens.of(
            "@- {name: sN, run: {repository: acme/app, ref: main}, expect: {assume: allow}}\n",
            "@- {name: sN, run: {repository: acme/rN, ref: refs/heads/bN, token_age: 6m},"
                + " expect: {assume: deny, error: ExpiredTokenException}}\n",
            "@- name: sN\n@  role: Other\n@  run:\n@    repository: acme/app\n@    ref: refs/pull/N/merge\n"
                + "@    event: pull_request\n@  expect:\n@    assume: allow\n@    ecr:\n"
                + "@      - {action: ecr:PutImage, repository: app, expect: deny}\n",
            "\n# a comment\n",
            "@-\n@  name: sN\n@  run: {repository: a/b, ref: main}\n@  expect: {assume: allow}\n"));
  }

  private static Gen<String> trickyItem() {
    return numbered(
        Gens.of(
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

  private static Gen<String> numbered(Gen<String> shape) {
    Gen<Integer> n = Gens.ints(0, 99, 1000);
    return shape.zip(n, (s, i) -> s.replace("N", Integer.toString(i)));
  }
}
