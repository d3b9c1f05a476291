package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.property.Gens;
import dev.rehearsal.core.property.Labels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * FlowScenarios, the fast reader of generated files, gives the scenarios the general path
 * (SnakeYAML in one pass) gives, lines included, or gives up; it never accepts a file the general
 * path refuses. Checked for files of the usual shape, which it must read, and for near misses:
 * quotes, comments, odd or repeated keys, bad values, non-ASCII text, long words, CRLF, tabs.
 */
class FlowScenariosProperties {
  private static final String FILE = "gen.yaml";

  @Test
  void usualFiles_areRead_asTheGeneralPathReadsThem() {
    qt().withExamples(300)
        .forAll(usualFiles(300), pieces())
        .checkAssert(
            (yaml, pieces) -> {
              Optional<List<Scenario>> fast = fast(yaml, pieces);

              assertThat(fast).as("gave up on\n" + yaml).isPresent();
              assertThat(fast.get()).isEqualTo(ScenarioFile.parse(FILE, yaml, 1, 1));
            });
  }

  /** jqwik read 13% of 1,500 tries; these read about 11%, so 1,800 examples. */
  @Test
  void anyFile_isReadAsTheGeneralPathReadsIt_orGivenUp() {
    Labels labels =
        new Labels("FlowScenariosProperties:anyFile isReadAsTheGeneralPathReadsIt orGivenUp");
    qt().withExamples(1800)
        .forAll(files(1500), pieces())
        .checkAssert(
            (yaml, pieces) -> {
              Optional<List<Scenario>> fast = fast(yaml, pieces);
              Outcome general = outcome(() -> ScenarioFile.parse(FILE, yaml, 1, 1));

              labels.collect(
                  fast.isPresent() ? "read" : "gave up",
                  general.error() == null ? "valid" : "error");
              if (fast.isPresent()) {
                assertThat(general).as(yaml).isEqualTo(new Outcome(fast.get(), null));
              }
              // The public entry point tries the fast reader first: same outcome, errors included.
              assertThat(outcome(() -> ScenarioFile.parse(FILE, yaml))).isEqualTo(general);
            });
    labels.print();
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

  private static Gen<Integer> pieces() {
    return Gens.of(1, 2, 3, 7);
  }

  private static Gen<String> usualFiles(int tries) {
    return files(
        Gens.of(
            "defaults: {role: GithubOIDCIAMRole}\n",
            "# generated\n\ndefaults: {role: R, audience: sts.amazonaws.com, token_age: 30s}\n"),
        Gens.of("scenarios:\n", "scenarios:  \n"),
        Gens.of("  ", "", "    "),
        usualItem(),
        Gens.of(""),
        tries);
  }

  private static Gen<String> files(int tries) {
    Gen<String> header =
        Gens.frequency(
            6,
                Gens.of(
                    "",
                    "defaults: {role: R}\n",
                    "defaults: {role: R, token_age: 2m}\n",
                    "#!\n# a b: {c}\n\n",
                    "defaults: {audience: other}\n"),
            1,
                Gens.of(
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
                    "defaults: {role: 'R'}\n"));
    Gen<String> key =
        Gens.frequency(
            6, Gens.of("scenarios:\n"),
            1, Gens.of("scenarios: # the matrix\n", "scenarios:\r\n", "scenarios: []\n", ""));
    Gen<String> tail =
        Gens.frequency(
            6, Gens.of(""),
            1, Gens.of("\n", "   \n", "# end\n", "defaults: {role: R}\n", "other: 1\n", "^- x\n"));
    Gen<String> item = Gens.frequency(5, usualItem(), 2, oddItem());
    return files(header, key, Gens.of("  ", "", "    "), item, tail, tries);
  }

  private static Gen<String> files(
      Gen<String> header,
      Gen<String> key,
      Gen<String> indent,
      Gen<String> item,
      Gen<String> tail,
      int tries) {
    Gen<List<String>> items = Gens.lists(item, 1, 10, tries);
    Gen<Boolean> lastNewline = Gens.of(true, true, false);
    return Gens.combine(
        header,
        key,
        indent,
        items,
        tail,
        lastNewline,
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
  private static Gen<String> usualItem() {
    Gen<String> run =
        Gens.of(
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
    Gen<String> expect =
        Gens.of(
            "{assume: allow}",
            "{assume: deny, error: AccessDenied}",
            "{assume: Allowed}",
            "{assume: allow, ecr: [{action: ecr:PutImage, repository: test-service, expect:"
                + " allow}]}",
            "{assume: allow, ecr: [{action: ecr:GetAuthorizationToken, expect: allow}, {action:"
                + " ECR:PutImage, repository: app, expect: denied}]}",
            "{assume: deny, ecr: []}");
    Gen<String> role = Gens.of("", "role: Other, ");
    Gen<String> separator = Gens.of(", ", ",  ", " , ");
    return numbered(
        role.zip(
            run,
            expect,
            separator,
            (r, ru, e, sep) ->
                "^- {name: sN" + sep + r + "run: " + ru + sep + "expect: " + e + "}\n"));
  }

  /** Items the fast reader must give up on, or read as SnakeYAML does. */
  private static Gen<String> oddItem() {
    return numbered(
        Gens.of(
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

  private static Gen<String> numbered(Gen<String> shape) {
    Gen<Integer> n = Gens.ints(1, 99, 1000);
    return shape.zip(n, (s, i) -> s.replace("N", Integer.toString(i)));
  }
}
