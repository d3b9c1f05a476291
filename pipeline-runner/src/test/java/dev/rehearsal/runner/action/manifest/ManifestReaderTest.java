package dev.rehearsal.runner.action.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.ActionRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * action.yml as actions/runner's {@code ActionManifestManager} reads it ("Metadata syntax for
 * GitHub Actions"), and its refusals, each naming the file and the key.
 */
class ManifestReaderTest {
  @TempDir Path folder;

  private ActionManifest read(String yaml) throws IOException {
    return ManifestReader.read(Files.writeString(folder.resolve("action.yml"), yaml));
  }

  @Test
  void javascriptAction_hasItsInputsDefaultsDeprecationsAndStages() throws IOException {
    ActionManifest manifest =
        read(
            """
            name: Hello
            author: ignored, as the runner ignores unknown top-level keys
            inputs:
              who:
                description: Who
                required: true
              audience:
                default: sts.amazonaws.com
              old:
                deprecationMessage: use who
            runs:
              using: node20
              main: dist/index.js
              pre: dist/setup.js
              pre-if: runner.os == 'Linux'
              post: dist/cleanup.js
            """);

    assertThat(manifest.name()).isEqualTo("Hello");
    assertThat(manifest.runs())
        .isEqualTo(
            new Runs.Node(
                "node20",
                "dist/index.js",
                Optional.of("dist/setup.js"),
                Optional.of("dist/cleanup.js")));
    ActionMetadata metadata = manifest.metadata();
    assertThat(metadata.inputs())
        .containsExactly(
            Map.entry("who", Optional.empty()),
            Map.entry("audience", Optional.of("sts.amazonaws.com")),
            Map.entry("old", Optional.empty()));
    assertThat(metadata.deprecations()).containsExactly(Map.entry("old", "use who"));
    assertThat(metadata.preCondition()).contains("runner.os == 'Linux'");
    assertThat(metadata.postCondition()).contains("always()");
  }

  @Test
  void compositeAction_hasItsStepsAndOutputs() throws IOException {
    ActionManifest manifest =
        read(
            """
            name: Composite
            outputs:
              said:
                description: What was said
                value: ${{ steps.say.outputs.text }}
            runs:
              using: composite
              steps:
                - id: say
                  shell: bash
                  run: echo "text=hi" >> "$GITHUB_OUTPUT"
                - uses: actions/checkout@v4
                  with:
                    ref: ${{ inputs.ref }}
            """);

    Runs.Composite composite = (Runs.Composite) manifest.runs();
    assertThat(composite.outputs()).containsOnlyKeys("said");
    assertThat(composite.steps()).hasSize(2);
    assertThat(composite.steps().get(0).id()).contains("say");
    assertThat(composite.steps().get(1).action())
        .isInstanceOfSatisfying(
            CompositeStep.Uses.class,
            uses -> {
              assertThat(uses.action()).isEqualTo(ActionRef.parse("actions/checkout@v4"));
              assertThat(uses.with()).containsOnlyKeys("ref");
            });
    assertThat(manifest.metadata().hasPost()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          no runs            | name: x                                              | Top level 'runs:' section is required
          no using           | runs: {main: a.js}                                   | Missing 'using' value. 'using' requires 'composite', 'docker', 'node12', 'node16', 'node20' or 'node24'. at line 1, column 7 (runs)
          unknown runtime    | runs: {using: node99, main: a.js}                    | 'using: node99' is not supported, use 'docker', 'node12', 'node16', 'node20' or 'node24' instead. at line 1, column 15 (runs.using)
          no main            | runs: {using: node20}                                | You are using a JavaScript Action but there is not an entry JavaScript file provided at line 1, column 7 (runs)
          misspelt main      | runs: {using: node20, mian: a.js}                    | Unexpected value 'mian' at line 1, column 23 (runs.mian)
          container action   | runs: {using: docker, image: Dockerfile}             | Unsupported key 'image' at line 1, column 23 (runs.image): container actions are not rehearsed
          composite no steps | runs: {using: composite}                             | You are using a composite action but there are no steps provided at line 1, column 7 (runs)
          run without shell  | runs: {using: composite, steps: [{run: echo}]}       | Required property is missing: shell at line 1, column 34 (runs.steps[0])
          with on a run step | runs: {using: composite, steps: [{run: a, shell: bash, with: {}}]} | Unexpected value 'with' at line 1, column 56 (runs.steps[0].with)
          bad expression     | runs: {using: composite, steps: [{run: '${{ 1 +', shell: bash}]} | at line 1, column 40 (runs.steps[0].run)
          duplicate id       | runs: {using: composite, steps: [{id: a, run: x, shell: sh}, {id: A, run: y, shell: sh}]} | The identifier 'A' may not be used more than once within the same scope. at line 1, column 67 (runs.steps[1].id)
          inputs not a map   | "inputs: [a]\nruns: {using: node20, main: a.js}"      | Expected a mapping at line 1, column 9 (inputs)
          """)
  void refusal_namesTheFileAndTheKey(String what, String yaml, String message) throws IOException {
    Path file = folder.resolve("action.yml");
    assertThatThrownBy(() -> read(yaml.replace("\\n", "\n")))
        .as(what)
        .isInstanceOf(ActionFailedException.class)
        .hasMessageStartingWith("Failed to load " + file + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void find_prefersActionYml_thenActionYaml() throws IOException {
    assertThat(ManifestReader.find(folder)).isEmpty();
    Files.writeString(folder.resolve("action.yaml"), "runs: {using: node20, main: a.js}");
    assertThat(ManifestReader.find(folder)).contains(folder.resolve("action.yaml"));
    Files.writeString(folder.resolve("action.yml"), "runs: {using: node20, main: a.js}");
    assertThat(ManifestReader.find(folder)).contains(folder.resolve("action.yml"));
  }
}
