package dev.rehearsal.core.workflow.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.workflow.Job;
import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.Workflows;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Matrix expansion with the examples of docs.github.com ("Workflow syntax for GitHub Actions",
 * {@code jobs.<job_id>.strategy.matrix}; "Running variations of jobs in a workflow"), each with the
 * combinations the docs list, written here as {@code key=value} lines.
 */
class MatrixExpansionTest {
  private static Matrix matrix(String strategy) {
    String job = "    runs-on: ubuntu-latest\n" + strategy + "    steps:\n      - run: echo\n";
    Job parsed = Workflow.parse(Workflows.withJob(job)).job("build").orElseThrow();
    return parsed.matrix().orElseThrow();
  }

  private static List<String> combinations(String strategy) {
    return matrix(strategy).expand().stream().map(MatrixExpansionTest::render).toList();
  }

  private static String render(MatrixCombination combination) {
    return combination.values().entrySet().stream()
        .map(e -> e.getKey() + "=" + render(e.getValue()))
        .collect(Collectors.joining(" "));
  }

  private static String render(MatrixValue value) {
    if (value instanceof MatrixValue.Mapping mapping) {
      return mapping.entries().entrySet().stream()
          .map(e -> e.getKey() + ":" + render(e.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    return value.toString();
  }

  @Test
  void expand_singleDimension_oneJobPerValue() {
    assertThat(
            combinations(
                """
                    strategy:
                      matrix:
                        version: [10, 12, 14]
                """))
        .containsExactly("version=10", "version=12", "version=14");
  }

  @Test
  void expand_multiDimension_firstVariableVariesSlowest() {
    assertThat(
            combinations(
                """
                    strategy:
                      matrix:
                        os: [ubuntu-22.04, ubuntu-24.04]
                        version: [10, 12, 14]
                """))
        .containsExactly(
            "os=ubuntu-22.04 version=10",
            "os=ubuntu-22.04 version=12",
            "os=ubuntu-22.04 version=14",
            "os=ubuntu-24.04 version=10",
            "os=ubuntu-24.04 version=12",
            "os=ubuntu-24.04 version=14");
  }

  @Test
  void expand_vectorOfObjects_docsExample() {
    assertThat(
            combinations(
                """
                    strategy:
                      matrix:
                        os:
                          - ubuntu-latest
                          - macos-latest
                        node:
                          - version: 14
                          - version: 20
                            env: NODE_OPTIONS=--openssl-legacy-provider
                """))
        .containsExactly(
            "os=ubuntu-latest node={version:14}",
            "os=ubuntu-latest node={version:20,env:NODE_OPTIONS=--openssl-legacy-provider}",
            "os=macos-latest node={version:14}",
            "os=macos-latest node={version:20,env:NODE_OPTIONS=--openssl-legacy-provider}");
  }

  @Test
  void expand_includeExample_expandingOrAddingMatrixConfigurations() {
    assertThat(
            combinations(
                """
                    strategy:
                      matrix:
                        fruit: [apple, pear]
                        animal: [cat, dog]
                        include:
                          - color: green
                          - color: pink
                            animal: cat
                          - fruit: apple
                            shape: circle
                          - fruit: banana
                          - fruit: banana
                            animal: cat
                """))
        .containsExactly(
            "fruit=apple animal=cat color=pink shape=circle",
            "fruit=apple animal=dog color=green shape=circle",
            "fruit=pear animal=cat color=pink",
            "fruit=pear animal=dog color=green",
            "fruit=banana",
            "fruit=banana animal=cat");
  }

  @Test
  void expand_includeAddsAVariableToOneCombination_docsExample() {
    List<String> jobs =
        combinations(
            """
                strategy:
                  matrix:
                    os: [windows-latest, ubuntu-latest]
                    node: [12, 14, 16]
                    include:
                      - os: windows-latest
                        node: 16
                        npm: 6
            """);

    assertThat(jobs).hasSize(6).contains("os=windows-latest node=16 npm=6");
    assertThat(jobs.stream().filter(j -> j.contains("npm"))).hasSize(1);
  }

  @Test
  void expand_includeAddsACombination_docsExample() {
    List<String> jobs =
        combinations(
            """
                strategy:
                  matrix:
                    os: [macos-latest, windows-latest, ubuntu-latest]
                    version: [12, 14, 16]
                    include:
                      - os: windows-latest
                        version: 17
            """);

    assertThat(jobs).hasSize(10).endsWith("os=windows-latest version=17");
  }

  @Test
  void expand_includeOnly_oneJobPerEntry_docsExample() {
    assertThat(
            combinations(
                """
                    strategy:
                      matrix:
                        include:
                          - site: "production"
                            datacenter: "site-a"
                          - site: "staging"
                            datacenter: "site-b"
                """))
        .containsExactly("site=production datacenter=site-a", "site=staging datacenter=site-b");
  }

  @Test
  void expand_exclude_partialMatchesDropCombinations_docsExample() {
    List<String> jobs =
        combinations(
            """
                strategy:
                  matrix:
                    os: [macos-latest, windows-latest]
                    version: [12, 14, 16]
                    environment: [staging, production]
                    exclude:
                      - os: macos-latest
                        version: 12
                        environment: production
                      - os: windows-latest
                        version: 16
            """);

    assertThat(jobs)
        .hasSize(9)
        .doesNotContain(
            "os=macos-latest version=12 environment=production",
            "os=windows-latest version=16 environment=staging",
            "os=windows-latest version=16 environment=production");
  }

  @Test
  void expand_includeAddsBackAfterExclude() {
    assertThat(
            combinations(
                """
                    strategy:
                      matrix:
                        os: [linux, windows]
                        exclude:
                          - os: windows
                        include:
                          - os: windows
                """))
        .containsExactly("os=linux", "os=windows");
  }

  @Test
  void expand_continueOnErrorExample_addsTheExperimentalJob() {
    List<MatrixCombination> jobs =
        matrix(
                """
                    strategy:
                      fail-fast: false
                      matrix:
                        node: [13, 14]
                        os: [macos-latest, ubuntu-latest]
                        experimental: [false]
                        include:
                          - node: 15
                            os: ubuntu-latest
                            experimental: true
                """)
            .expand();

    assertThat(jobs).hasSize(5);
    assertThat(jobs.get(4).values())
        .isEqualTo(
            Map.of(
                "node", new MatrixValue.Number(15),
                "os", new MatrixValue.Text("ubuntu-latest"),
                "experimental", new MatrixValue.Bool(true)));
  }

  @Test
  void expand_filtersCompareAsGitHubsEqualityDoes_caseInsensitiveAndNumeric() {
    assertThat(
            combinations(
                """
                    strategy:
                      matrix:
                        os: [Ubuntu-Latest, windows]
                        node: [16, 18]
                        exclude:
                          - os: ubuntu-latest
                            node: '16'
                """))
        .containsExactly("os=Ubuntu-Latest node=18", "os=windows node=16", "os=windows node=18");
  }

  @Test
  void displayName_isTheJobNameWithTheMatrixValues_notTheIncludedOnes() {
    List<MatrixCombination> jobs =
        matrix(
                """
                    strategy:
                      matrix:
                        os: [ubuntu-latest]
                        node: [16]
                        include:
                          - npm: 6
                """)
            .expand();

    assertThat(jobs.get(0).displayName("build")).isEqualTo("build (ubuntu-latest, 16)");
  }

  @Test
  void expand_expressionInTheMatrix_waitsForTheRunner() {
    Matrix matrix =
        matrix(
            """
                strategy:
                  matrix:
                    os: ${{ fromJSON(needs.plan.outputs.os) }}
            """);

    assertThat(matrix.needsEvaluation()).isTrue();
    List<MatrixCombination> jobs =
        matrix
            .withDefinition(
                new MatrixValue.Mapping(
                    Map.of(
                        "os",
                        new MatrixValue.Sequence(
                            List.of(new MatrixValue.Text("a"), new MatrixValue.Text("b"))))))
            .expand();
    assertThat(jobs).hasSize(2);
  }

  @Test
  void expand_moreThan256Combinations_isRefusedInGitHubsWords() {
    assertThatThrownBy(
            () ->
                matrix(
                    """
                        strategy:
                          matrix:
                            a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
                            b: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
                    """))
        .isInstanceOf(WorkflowException.class)
        .hasMessage(
            "Strategy for job 'build' produced 272 configurations which exceeds the maximum of 256"
                + " configurations at line 6, column 7 (jobs.build.strategy.matrix)");
  }

  @Test
  void expand_exactly256Combinations_isAccepted() {
    assertThat(
            matrix(
                    """
                        strategy:
                          matrix:
                            a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
                            b: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
                    """)
                .expand())
        .hasSize(256);
  }

  @Test
  void expand_malformedMatrices_areRefusedWithGitHubsMessages() {
    assertThatThrownBy(() -> matrix("    strategy:\n      matrix:\n        os: []\n"))
        .hasMessage(
            "Matrix vector 'os' does not contain any values at line 7, column 9"
                + " (jobs.build.strategy.matrix.os)");
    assertThatThrownBy(
            () ->
                matrix(
                    "    strategy:\n      matrix:\n        os: [a]\n        exclude:\n"
                        + "          - arch: x64\n"))
        .hasMessage(
            "Matrix exclude key 'arch' does not match any key within the matrix at line 9, column"
                + " 13 (jobs.build.strategy.matrix.exclude[0].arch)");
    assertThatThrownBy(
            () ->
                matrix(
                    "    strategy:\n      matrix:\n        os: [a]\n        include:\n          - {}\n"))
        .hasMessageStartingWith("Matrix include mapping does not contain any values at line 9");
    assertThatThrownBy(() -> matrix("    strategy:\n      matrix:\n        exclude: []\n"))
        .hasMessageStartingWith("Matrix must define at least one vector at line 6");
  }
}
