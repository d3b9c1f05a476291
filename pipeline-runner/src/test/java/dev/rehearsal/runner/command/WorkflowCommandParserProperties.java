package dev.rehearsal.runner.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.runner.support.Texts;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The workflow-command parser on any line, and commands written as @actions/core writes them
 * ({@code packages/core/src/command.ts}: {@code escapeProperty}, {@code escapeData}).
 */
class WorkflowCommandParserProperties {
  private static final Set<String> REGISTERED =
      WorkflowCommandParser.names("set-output", "error", "add-mask");

  @Test
  void parse_anyLine_givesACommandOrNothing() {
    qt().withExamples(10000)
        .forAll(Texts.over(":#[] =,;%0AD3Cset-output", 0, 40))
        .checkAssert(
            line -> {
              Optional<WorkflowCommand> parsed = WorkflowCommandParser.parse(line, REGISTERED);
              parsed.ifPresent(command -> assertThat(REGISTERED).contains(command.name()));
            });
  }

  @Test
  void parse_escapedAsTheToolkitWrites_givesTheValuesBack() {
    qt().withExamples(5000)
        .forAll(Texts.over("ab:,=%\r\n ", 1, 12), Texts.over("ab:,=%\r\n #[]", 0, 30))
        // The runner trims the properties: a trailing space of the last value is lost on GitHub
        // too.
        .assuming((value, data) -> !value.isEmpty() && !value.endsWith(" "))
        .checkAssert(
            (value, data) -> {
              String line =
                  "::error title="
                      + CommandEscaping.escapeProperty(value)
                      + "::"
                      + CommandEscaping.escapeData(data);

              WorkflowCommand command = WorkflowCommandParser.parse(line, REGISTERED).orElseThrow();

              assertThat(command.properties()).containsEntry("title", value);
              assertThat(command.data()).isEqualTo(data);
            });
  }
}
