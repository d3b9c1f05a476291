package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.ValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioFileTest {
  @Test
  void parse_refusesAFileOverTheLimitAtOnce_namingTheLimitAndTheFix() {
    String yaml = "scenarios:\n" + "#".repeat(ScenarioFile.MAX_CODE_POINTS);

    assertThatThrownBy(() -> ScenarioFile.parse("big.yaml", yaml))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "big.yaml: 67,108,875 characters, more than the 67,108,864 a scenario file may have"
                + " (~500,000 scenarios of one line each): split it into several files");
  }

  @Test
  void parse_readsRunsDefaultsAndExpectations() {
    List<Scenario> scenarios =
        ScenarioFile.parse(
            "ok.yaml",
            """
            defaults:
              role: GithubOIDCIAMRole
              token_age: 30s
            scenarios:
              - name: main deploys
                run:
                  repository: acme/app
                  ref: main
                  environment: prod
                  subject_template: [repo, context, job_workflow_ref]
                expect:
                  assume: allow
                  ecr:
                    - {action: ecr:PutImage, repository: app, expect: allow}
              - name: a fork is refused
                role: Other
                run: {repository: evil/app, ref: refs/tags/v1, audience: x, token_age: 2m}
                expect: {assume: deny, error: AccessDenied}
            """);

    assertThat(scenarios).hasSize(2);
    Scenario first = scenarios.get(0);
    assertThat(first.line()).isEqualTo(5);
    assertThat(first.run().ref()).isEqualTo("refs/heads/main");
    assertThat(first.run().environment()).contains("prod");
    assertThat(first.audience()).isEqualTo("sts.amazonaws.com");
    assertThat(first.tokenAge()).isEqualTo(Duration.ofSeconds(30));
    assertThat(first.subjectTemplate().includeClaimKeys())
        .containsExactly("repo", "context", "job_workflow_ref");
    assertThat(first.ecr())
        .containsExactly(new EcrExpectation("ecr:PutImage", "app", Verdict.ALLOW));
    Scenario second = scenarios.get(1);
    assertThat(second.role()).isEqualTo("Other");
    assertThat(second.tokenAge()).isEqualTo(Duration.ofMinutes(2));
    assertThat(second.expectedError()).contains("AccessDenied");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "misspelt key    | scenarios: [{name: a, role: r, run: {repository: a/b, ref: main}, expct: {assume: allow}}] | unknown key 'expct'",
        "bad verdict     | scenarios: [{name: a, role: r, run: {repository: a/b, ref: main}, expect: {assume: maybe}}] | assume must be allow or deny",
        "no role         | scenarios: [{name: a, run: {repository: a/b, ref: main}, expect: {assume: allow}}] | names no role",
        "bad repository  | scenarios: [{name: a, role: r, run: {repository: ab, ref: main}, expect: {assume: allow}}] | Invalid repository 'ab'",
        "pull without PR | scenarios: [{name: a, role: r, run: {repository: a/b, ref: main, event: pull_request}, expect: {assume: allow}}] | needs ref refs/pull/N/merge",
        "bad age         | scenarios: [{name: a, role: r, run: {repository: a/b, ref: main, token_age: soon}, expect: {assume: allow}}] | token_age must be",
        "not ecr         | scenarios: [{name: a, role: r, run: {repository: a/b, ref: main}, expect: {assume: allow, ecr: [{action: s3:GetObject, expect: deny}]}}] | must be an ECR action",
        "no scenarios    | 'defaults: {role: r}' | has no scenarios",
        "not a mapping   | '- just a list' | must be a mapping",
        "broken yaml     | 'scenarios: [' | not valid YAML",
      })
  void parse_whenInputIsWrong_namesTheFileLineAndProblem(String why, String yaml, String message) {
    assertThatThrownBy(() -> ScenarioFile.parse("bad.yaml", yaml))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("bad.yaml:")
        .hasMessageContaining(message);
  }

  @Test
  void parse_ofALargeFileInPieces_keepsTheOrderAndTheLines() {
    StringBuilder yaml = new StringBuilder("defaults: {role: R}\nscenarios:\n");
    for (int i = 0; i < 10; i++) {
      yaml.append("  - name: s").append(i).append('\n');
      yaml.append("    run: {repository: acme/app, ref: main}\n");
      yaml.append("    expect: {assume: allow}\n");
    }

    List<Scenario> scenarios = ScenarioFile.parse("big.yaml", yaml.toString(), 3, 2);

    assertThat(ScenarioChunks.split(yaml.toString(), 3, 2)).hasSize(3);
    assertThat(scenarios)
        .extracting(Scenario::name)
        .containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9");
    assertThat(scenarios)
        .extracting(Scenario::line)
        .containsExactly(3, 6, 9, 12, 15, 18, 21, 24, 27, 30);
    assertThat(scenarios).allMatch(s -> s.role().equals("R"));
  }

  @Test
  void parse_ofALargeFileInPieces_namesTheLineOfAnErrorInALaterPiece() {
    StringBuilder yaml = new StringBuilder("defaults: {role: R}\nscenarios:\n");
    for (int i = 0; i < 10; i++) {
      String verdict = i == 8 ? "maybe" : "allow";
      yaml.append("  - {name: s")
          .append(i)
          .append(", run: {repository: a/b, ref: main},")
          .append(" expect: {assume: ")
          .append(verdict)
          .append("}}\n");
    }

    assertThatThrownBy(() -> ScenarioFile.parse("big.yaml", yaml.toString(), 3, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("big.yaml:11:")
        .hasMessageContaining("assume must be allow or deny");
  }
}
