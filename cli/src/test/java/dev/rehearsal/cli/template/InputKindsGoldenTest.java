package dev.rehearsal.cli.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each input kind (a mixed stack with a bucket and a function, a SAM template, a Terraform plan, a
 * bare trust and a bare identity policy: examples/inputs and examples/seed) through lint, check and
 * diff, against golden outputs in src/test/resources/golden. Run with {@code -Dgolden.update=true}
 * to write them again after a deliberate change, and read the diff.
 */
class InputKindsGoldenTest {
  private static final String INPUTS = "../examples/inputs/";
  private static final String SEED = "../examples/seed/";
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> runs() {
    return Stream.of(
        run("lint-mixed-stack", "lint", INPUTS + "mixed-stack.yaml"),
        run("lint-sam-template", "lint", INPUTS + "sam-template.yaml"),
        run("lint-terraform-plan", "lint", INPUTS + "terraform-plan.json"),
        run("lint-trust-policy", "lint", SEED + "trust-policy.json"),
        run("lint-identity-policy", "lint", SEED + "push-policy.json"),
        run(
            "check-mixed-stack",
            "check",
            INPUTS + "mixed-stack.yaml",
            "-p",
            "GitHubOrg=acme",
            "-p",
            "RepositoryName=app",
            "--scenarios",
            INPUTS + "mixed-scenarios.yaml"),
        run(
            "check-mixed-stack-without-parameters",
            "check",
            INPUTS + "mixed-stack.yaml",
            "--scenarios",
            INPUTS + "mixed-scenarios.yaml"),
        run(
            "check-sam-template",
            "check",
            INPUTS + "sam-template.yaml",
            "--scenarios",
            INPUTS + "sam-scenarios.yaml"),
        run(
            "check-terraform-plan",
            "check",
            INPUTS + "terraform-plan.json",
            "--scenarios",
            INPUTS + "terraform-scenarios.yaml"),
        run(
            "check-trust-policy",
            "check",
            SEED + "trust-policy.json",
            "--role",
            "GithubOIDCIAMRole",
            "--permissions",
            SEED + "push-policy.json",
            "--scenarios",
            SEED + "scenarios.yaml"),
        run(
            "check-identity-policy",
            "check",
            SEED + "push-policy.json",
            "--scenarios",
            SEED + "scenarios.yaml"),
        run(
            "diff-mixed-stack",
            "diff",
            INPUTS + "mixed-stack-before.yaml",
            INPUTS + "mixed-stack.yaml",
            "--fail-on",
            "widen"),
        run(
            "diff-terraform-plan",
            "diff",
            INPUTS + "terraform-plan-before.json",
            INPUTS + "terraform-plan.json",
            "--fail-on",
            "widen"),
        run(
            "diff-sam-template-unchanged",
            "diff",
            INPUTS + "sam-template.yaml",
            INPUTS + "sam-template.yaml"),
        run("diff-bare-policy", "diff", SEED + "trust-policy.json", SEED + "trust-policy.json"));
  }

  private static Arguments run(String name, String... args) {
    return Arguments.of(name, args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void output_isTheGoldenOne(String name, String[] args) throws IOException {
    CliRun run = CliRun.of(args);
    String actual =
        "$ rehearse "
            + String.join(" ", args)
            + "\nexit "
            + run.exitCode()
            + "\n"
            + stable(run.out())
            + (run.err().isEmpty() ? "" : "--- stderr\n" + run.err());
    Path golden = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Without what changes from run to run: durations. */
  private static String stable(String out) {
    return out.replaceAll("\\(\\d+\\.\\d ms\\)", "(N ms)")
        .replaceAll("(?m)^timing: .*\\R", "")
        .replaceAll("now \\d+ < exp \\d+", "now N < exp N");
  }
}
