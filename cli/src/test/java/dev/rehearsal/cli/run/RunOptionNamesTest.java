package dev.rehearsal.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The names scripts use for {@code rehearse run}'s options, and the older ones, mean the same. */
class RunOptionNamesTest {
  @ParameterizedTest
  @CsvSource({"--workdir", "--work"})
  void workFolder_takesEitherName(String name) {
    RunCommand command = new RunCommand();

    new CommandLine(command).parseArgs("deploy.yml", name, "/tmp/w", "--repo", "acme/app");

    assertThat(command.work).hasValue(Path.of("/tmp/w"));
  }

  @ParameterizedTest
  @CsvSource({"--event-payload", "--payload"})
  void payload_takesEitherName(String name) {
    RunCommand command = new RunCommand();

    new CommandLine(command).parseArgs("deploy.yml", name, "event.json");

    assertThat(command.event.payload).hasValue(Path.of("event.json"));
  }

  @Test
  void actions_isAccepted() {
    RunCommand command = new RunCommand();

    new CommandLine(command).parseArgs("deploy.yml", "--actions", "actions");

    assertThat(command.actions).hasValue(Path.of("actions"));
  }
}
