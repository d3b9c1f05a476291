package dev.rehearsal.cli.daemonless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.cli.UserError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerfileTest {
  @Test
  void parse_theSeedsDockerfile_copiesOneFileFromScratch() {
    Dockerfile dockerfile = Dockerfile.parse("FROM scratch\nCOPY hello.txt /hello.txt\n");

    assertThat(dockerfile.instructions()).hasSize(2);
    assertThat(dockerfile.copies())
        .containsExactly(new Dockerfile.Copy(List.of("hello.txt"), "/hello.txt"));
  }

  @Test
  void parse_commentsContinuationsAndConfiguration_asDockerReadsThem() {
    Dockerfile dockerfile =
        Dockerfile.parse(
            """
            # syntax comment
            from scratch
            COPY a.txt \\
                 b.txt /data/
            ENV GREETING=hello NAME="the world"
            ENV LEGACY some value
            LABEL org.opencontainers.image.title=demo
            WORKDIR /data
            EXPOSE 8080 53/udp
            ENTRYPOINT ["/app", "--serve"]
            CMD run now
            """);

    assertThat(dockerfile.copies())
        .containsExactly(new Dockerfile.Copy(List.of("a.txt", "b.txt"), "/data/"));
    assertThat(dockerfile.environment())
        .containsExactly(
            Map.entry("GREETING", "hello"),
            Map.entry("NAME", "the world"),
            Map.entry("LEGACY", "some value"));
    assertThat(dockerfile.labels()).containsEntry("org.opencontainers.image.title", "demo");
    assertThat(dockerfile.workingDirectory()).hasValue("/data");
    assertThat(dockerfile.exposedPorts()).containsExactly("8080", "53/udp");
    assertThat(dockerfile.entrypoint()).hasValue(List.of("/app", "--serve"));
    assertThat(dockerfile.cmd()).hasValue(List.of("/bin/sh", "-c", "run now"));
    assertThat(dockerfile.user()).isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FROM alpine:3.20                                | only FROM scratch is built without a"
            + " Docker engine",
        "FROM scratch\\nRUN echo hi                      | RUN runs a command in a container",
        "FROM scratch\\nADD https://example.com/f /f     | ADD of a URL needs the network",
        "FROM scratch\\nCOPY --from=build /a /a          | options of COPY are not supported",
        "FROM scratch\\nCOPY *.txt /                     | wildcards in sources are not supported",
        "FROM scratch\\nCOPY onlyone                     | COPY needs a source and a destination",
        "COPY a /a                                       | a Dockerfile must begin with FROM",
        "FROM scratch\\nFROM scratch                     | only FROM scratch is built",
        "FROM scratch\\nFROB x                           | unknown instruction FROB",
      })
  void parse_whatNeedsAnEngineOrTheNetwork_isRefusedWithTheLine(String text, String why) {
    assertThatThrownBy(() -> Dockerfile.parse(text.replace("\\n", "\n")))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith("Dockerfile line ")
        .hasMessageContaining(why);
  }

  @Test
  void parse_nothing_isRefused() {
    assertThatThrownBy(() -> Dockerfile.parse("# only a comment\n"))
        .hasMessage("the Dockerfile cannot be empty");
  }
}
