package dev.rehearsal.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The transcript a room reads and the document tools read, from the same phases. */
class TranscriptTest {
  private final StringWriter printed = new StringWriter();
  private final Transcript transcript = new Transcript(new PrintWriter(printed, true), 2);

  @Test
  void aPhase_isPrintedAsItGoes_andKeptForTheDocument() {
    Phase phase = transcript.begin("push", "Push the image", "the push succeeds");
    transcript.say(phase, "GitHub", "sub 'repo:acme/app:ref:refs/heads/main'\nsecond line");
    try (PrintWriter log = transcript.log(phase, line -> line.startsWith("Error"))) {
      log.print("Run docker push\nError: denied\n");
    }
    phase.facts().put("digest", "sha256:0");
    transcript.end(phase, true, "pushed");

    assertThat(printed.toString())
        .contains("[1/2] Push the image")
        .contains("  expected        the push succeeds")
        .contains("  GitHub          sub 'repo:acme/app:ref:refs/heads/main'")
        .contains("                  second line")
        .contains("    │ Error: denied")
        .doesNotContain("│ Run docker push")
        .contains(Transcript.AS_EXPECTED + ": pushed (");
    JsonNode json = transcript.json().path("phases").get(0);
    assertThat(json.path("id").asText()).isEqualTo("push");
    assertThat(json.path("asExpected").asBoolean()).isTrue();
    assertThat(json.path("millis").asLong()).isNotNegative();
    assertThat(json.path("lines").get(0).path("who").asText()).isEqualTo("GitHub");
    assertThat(json.path("log")).hasSize(2);
    assertThat(json.path("facts").path("digest").asText()).isEqualTo("sha256:0");
  }

  @Test
  void anErrorInAPhase_endsItAsNotExpected_andTheSummarySaysSo() {
    transcript.begin("world", "Start", "both answer");

    transcript.fail("port in use");
    transcript.summary(1000);

    assertThat(transcript.allAsExpected()).isFalse();
    assertThat(printed.toString())
        .contains("  error           port in use")
        .contains(Transcript.NOT_AS_EXPECTED + ": stopped by an error")
        .contains("Something did NOT behave as the policies say it should");
  }
}
