package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowScenariosTest {
  /** The shape benchmarks/check-100k.sh writes: the seed scenarios, the sixth unique each time. */
  private static String generated(int count) {
    String[] shapes = {
      "{name: sN, run: {repository: acme/app, ref: main}, expect: {assume: allow, ecr: [{action:"
          + " ecr:PutImage, repository: test-service, expect: allow}]}}",
      "{name: sN, run: {repository: evil/app, ref: main}, expect: {assume: deny, error:"
          + " AccessDenied}}",
      "{name: sN, run: {repository: acme/app, ref: main, audience: other}, expect: {assume: deny,"
          + " error: InvalidIdentityToken}}",
      "{name: sN, run: {repository: acme/app, ref: main, token_age: 6m}, expect: {assume: deny,"
          + " error: ExpiredTokenException}}",
      "{name: sN, run: {repository: acme/app, ref: refs/pull/7/merge, event: pull_request},"
          + " expect: {assume: allow}}",
      "{name: sN, run: {repository: acme/rN, ref: refs/heads/bN}, expect: {assume: allow}}",
    };
    StringBuilder yaml = new StringBuilder("defaults: {role: GithubOIDCIAMRole}\nscenarios:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - ").append(shapes[i % 6].replace("N", Integer.toString(i))).append('\n');
    }
    return yaml.toString();
  }

  @Test
  void read_ofAGeneratedFileInPieces_givesWhatTheGeneralPathGives() {
    String yaml = generated(600);

    Optional<List<Scenario>> fast =
        FlowScenarios.read(yaml.getBytes(StandardCharsets.ISO_8859_1), 5, 1024);

    assertThat(fast).isPresent();
    assertThat(fast.get()).isEqualTo(ScenarioFile.parse("g.yaml", yaml, 1, 1));
    assertThat(fast.get().get(599).line()).isEqualTo(602);
    assertThat(fast.get().get(599).run().ref()).isEqualTo("refs/heads/b599");
  }

  @Test
  void read_whenALaterPieceHasAnError_givesUp_andTheGeneralPathNamesIt() {
    String yaml =
        generated(600)
            .replace(
                "name: s590, run: {repository: acme/app", "name: s590, run: {repository: acme");

    assertThat(FlowScenarios.read(yaml.getBytes(StandardCharsets.ISO_8859_1), 5, 1024)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioFile.parse("g.yaml", yaml))
        .hasMessageStartingWith("g.yaml:593: ")
        .hasMessageContaining("Invalid repository 'acme'");
  }

  @Test
  void read_ofABlockStyleFile_givesUp() throws Exception {
    String seed =
        java.nio.file.Files.readString(java.nio.file.Path.of("../examples/seed/scenarios.yaml"));

    assertThat(FlowScenarios.read(seed.getBytes(StandardCharsets.ISO_8859_1), 1)).isEmpty();
    assertThat(ScenarioFile.parse("s.yaml", seed)).hasSize(6);
  }

  @Test
  void read_withWork_givesEachPiecesOutputInTheFilesOrder() {
    byte[] text = generated(600).getBytes(StandardCharsets.ISO_8859_1);

    Optional<List<List<Scenario>>> pieces = FlowScenarios.read(text, 5, 1024, piece -> piece);

    assertThat(pieces).isPresent();
    assertThat(pieces.get()).hasSize(5);
    assertThat(pieces.get().stream().flatMap(List::stream).toList())
        .isEqualTo(FlowScenarios.read(text, 1, 1024).orElseThrow());
  }

  @Test
  void read_withWorkThatThrows_throwsTheFirstPiecesException() {
    byte[] text = generated(600).getBytes(StandardCharsets.ISO_8859_1);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                FlowScenarios.read(
                    text,
                    5,
                    1024,
                    piece -> {
                      // as an unknown role in scenarios 300 and 500 would make the check throw
                      for (Scenario scenario : piece) {
                        if (scenario.name().equals("s300") || scenario.name().equals("s500")) {
                          throw new IllegalStateException(scenario.name());
                        }
                      }
                      return piece.size();
                    }))
        .hasMessage("s300");
  }

  @Test
  void read_withWork_whenAPieceCannotBeRead_givesUp_whateverTheWorkThrew() {
    byte[] text =
        generated(600)
            .replace("name: s590, run: {repository: acme/app", "name: s590, run: {repository: acme")
            .getBytes(StandardCharsets.ISO_8859_1);

    // The general path then names the file's error, which comes before any the work would throw.
    assertThat(
            FlowScenarios.read(
                text,
                5,
                1024,
                piece -> {
                  throw new IllegalStateException("a bad template");
                }))
        .isEmpty();
  }
}
