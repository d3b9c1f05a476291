package dev.rehearsal.runner.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runner-file format, case by case as actions/runner's own tests pin it ({@code
 * src/Test/L0/Worker/SetEnvFileCommandL0.cs}, {@code SetOutputFileCommandL0.cs}).
 */
class EnvFileTest {
  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("empty file", "", List.of()),
        Arguments.of("simple", "MY_ENV=MY VALUE\n", List.of(nv("MY_ENV", "MY VALUE"))),
        Arguments.of(
            "empty lines skipped",
            "\nMY_ENV=my value\n\nMY_ENV_2=my second value\n\n",
            List.of(nv("MY_ENV", "my value"), nv("MY_ENV_2", "my second value"))),
        Arguments.of("empty value", "MY_ENV=", List.of(nv("MY_ENV", ""))),
        Arguments.of(
            "the first = splits",
            "MY_ENV==abc\nMY_ENV_2=def=ghi\nMY_ENV_3=jkl=",
            List.of(nv("MY_ENV", "=abc"), nv("MY_ENV_2", "def=ghi"), nv("MY_ENV_3", "jkl="))),
        Arguments.of(
            "heredoc",
            "MY_ENV<<EOF\nline one\nline two\nline three\nEOF",
            List.of(nv("MY_ENV", "line one\nline two\nline three"))),
        Arguments.of("heredoc, empty value", "MY_ENV<<EOF\nEOF", List.of(nv("MY_ENV", ""))),
        Arguments.of(
            "heredoc special characters",
            "MY_ENV<<=EOF\nhello\none\n=EOF\nMY_ENV_2<<<EOF\nhello\ntwo\n<EOF\n"
                + "MY_ENV_3<<EOF\nhello\n\nthree\n\nEOF\nMY_ENV_4<<EOF\nhello=four\nEOF\n"
                + "MY_ENV_5<<EOF\n EOF\nEOF\n",
            List.of(
                nv("MY_ENV", "hello\none"),
                nv("MY_ENV_2", "hello\ntwo"),
                nv("MY_ENV_3", "hello\n\nthree\n"),
                nv("MY_ENV_4", "hello=four"),
                nv("MY_ENV_5", " EOF"))),
        Arguments.of(
            "a byte order mark is dropped (the runner's tests write one)",
            "\uFEFFMY_ENV=x",
            List.of(nv("MY_ENV", "x"))),
        Arguments.of(
            "a carriage return belongs to the value on Linux",
            "MY_ENV=x\r\n",
            List.of(nv("MY_ENV", "x\r"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void parse_readsAsTheRunnerReads(String name, String text, List<NameValue> expected) {
    assertThat(EnvFile.parse(text)).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        // SetEnvFileCommand_Heredoc_MissingNewLine: the lines joined by spaces
        Arguments.of(
            "MY_ENV<<EOF line one line two line three EOF",
            "Invalid value. Matching delimiter not found 'EOF line one line two line three EOF'"),
        Arguments.of(
            "MY_ENV<<EOF\nline one\n", "Invalid value. Matching delimiter not found 'EOF'"),
        // SetEnvFileCommand_Heredoc_MissingNewLineMultipleLinesEnv
        Arguments.of(
            "MY_ENV<<EOF line one\n    line two\n    line three EOF",
            "Invalid value. EOF marker missing new line."),
        Arguments.of("MY_ENV<<EOF\nline one", "Invalid value. EOF marker missing new line."),
        Arguments.of("JUST_A_NAME", "Invalid format 'JUST_A_NAME'"),
        Arguments.of(
            "<<EOF\nx\nEOF",
            "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty"),
        Arguments.of(
            "NAME<<",
            "Invalid format 'NAME<<'. Name must not be empty and delimiter must not be empty"),
        Arguments.of("=value", "Invalid format '=value'. Name must not be empty"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("refusals")
  void parse_refusesWithTheRunnersWording(String text, String message) {
    assertThatThrownBy(() -> EnvFile.parse(text))
        .isInstanceOf(FileCommandException.class)
        .hasMessage(message);
  }

  @Test
  void parse_equalsBeforeHeredoc_isTheSimpleForm() {
    assertThat(EnvFile.parse("A=b<<c")).containsExactly(nv("A", "b<<c"));
    assertThat(EnvFile.parse("A<<c=d\nx\nc=d\n")).containsExactly(nv("A", "x"));
  }

  private static NameValue nv(String name, String value) {
    return new NameValue(name, value);
  }
}
