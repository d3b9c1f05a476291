package dev.rehearsal.runner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.runner.RunnerException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shells of {@code run:} steps, as the runner's {@code ScriptHandlerHelpers} defines them. */
class ShellTest {
  private static final String PATH = System.getenv("PATH");

  @ParameterizedTest(name = "shell: ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "     | bash | -e {0}                                | .sh",
        "bash | bash | --noprofile --norc -e -o pipefail {0} | .sh",
        "sh   | sh   | -e {0}                                | .sh",
        "bash -x {0} | bash | -x {0}                         | .sh",
        "python3 {0} | python3 | {0}                         | ''",
      })
  void resolve_givesGitHubsCommandLine(
      String option, String executable, String format, String extension) {
    Shell shell = Shell.resolve(Optional.ofNullable(option), PATH);

    assertThat(shell.executable().getFileName().toString()).isEqualTo(executable);
    assertThat(shell.argumentFormat()).isEqualTo(format);
    assertThat(shell.extension()).isEqualTo(extension.equals("''") ? "" : extension);
  }

  @Test
  void resolve_customShellWithoutPlaceholder_isRefusedWithTheRunnersMessage() {
    assertThatThrownBy(() -> Shell.resolve(Optional.of("perl -w"), PATH))
        .isInstanceOf(RunnerException.class)
        .hasMessage(
            "Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh)"
                + " or a format string containing '{0}'");
  }

  @Test
  void resolve_shellNotOnPath_isCommandNotFound() {
    assertThatThrownBy(() -> Shell.resolve(Optional.of("no-such-shell {0}"), PATH))
        .hasMessage("no-such-shell: command not found");
  }

  @Test
  void command_replacesThePlaceholder_andGroupsQuotedWords() {
    Shell shell = new Shell("bash", Path.of("/bin/bash"), "-c \"source {0}\" --x", "");

    assertThat(shell.command(Path.of("/tmp/s.sh")))
        .containsExactly("/bin/bash", "-c", "source /tmp/s.sh", "--x");
    assertThat(Shell.words("a \\\"b\\\"  \"c d\"")).isEqualTo(List.of("a", "\"b\"", "c d"));
  }
}
