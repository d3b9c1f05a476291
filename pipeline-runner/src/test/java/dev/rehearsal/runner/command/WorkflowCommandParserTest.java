package dev.rehearsal.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workflow commands read as actions/runner's {@code ActionCommand.TryParseV2} / {@code TryParse}
 * read them (cases after {@code src/Test/L0/Worker/ActionCommandL0.cs}).
 */
class WorkflowCommandParserTest {
  private static final Set<String> REGISTERED =
      WorkflowCommandParser.names("set-output", "error", "add-mask", "group", "endgroup", "debug");

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("::add-mask::secret", cmd("add-mask", Map.of(), "secret")),
        Arguments.of(
            "  ::debug::leading space is trimmed",
            cmd("debug", Map.of(), "leading space is trimmed")),
        Arguments.of("::set-output name=x::1", cmd("set-output", Map.of("name", "x"), "1")),
        Arguments.of(
            "::error file=app.js,line=10,col=15::Something went wrong",
            cmd(
                "error",
                Map.of("file", "app.js", "line", "10", "col", "15"),
                "Something went wrong")),
        Arguments.of(
            "::error title=a%3Ab%2Cc%25d%0Ae::x", cmd("error", Map.of("title", "a:b,c%d\ne"), "x")),
        Arguments.of("::debug::100%25 %0D%0A done", cmd("debug", Map.of(), "100% \r\n done")),
        // %3A in data is not unescaped: only property values escape ':' and ','
        Arguments.of("::debug::a%3Ab%2C", cmd("debug", Map.of(), "a%3Ab%2C")),
        Arguments.of("::SET-OUTPUT name=x::y", cmd("SET-OUTPUT", Map.of("name", "x"), "y")),
        Arguments.of("::group::", cmd("group", Map.of(), "")),
        Arguments.of("::debug::a::b", cmd("debug", Map.of(), "a::b")),
        // .NET's Split('=', 2, RemoveEmptyEntries): empty pieces dropped, a lone key ignored
        Arguments.of("::error =k=v,a=,=,b::x", cmd("error", Map.of("k", "v"), "x")),
        Arguments.of("::error a==b::x", cmd("error", Map.of("a", "=b"), "x")),
        // the legacy form, anywhere in the line
        Arguments.of(
            "log ##[set-output name=x;]y%3Bz%5D", cmd("set-output", Map.of("name", "x"), "y;z]")),
        Arguments.of("##[group]title", cmd("group", Map.of(), "title")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void parse_readsTheCommand(String line, WorkflowCommand expected) {
    Optional<WorkflowCommand> parsed = WorkflowCommandParser.parse(line, REGISTERED);

    assertThat(parsed).isPresent();
    assertThat(parsed.get().name()).isEqualTo(expected.name());
    assertThat(parsed.get().properties()).containsExactlyInAnyOrderEntriesOf(expected.properties());
    assertThat(parsed.get().data()).isEqualTo(expected.data());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainLines")
  void parse_notACommand_isPlainOutput(String line) {
    assertThat(WorkflowCommandParser.parse(line, REGISTERED)).isEmpty();
  }

  static Stream<String> plainLines() {
    return Stream.of(
        "",
        "plain output",
        "::unknown::not registered",
        "x ::debug::not at the start",
        "::debug no closing separator",
        ":::debug::",
        "##[debug no bracket",
        "::::");
  }

  @Test
  void properties_areLookedUpIgnoringCase() {
    WorkflowCommand command =
        WorkflowCommandParser.parse("::set-output NAME=x::1", REGISTERED).orElseThrow();

    assertThat(command.property("name")).contains("x");
  }

  private static WorkflowCommand cmd(String name, Map<String, String> properties, String data) {
    return new WorkflowCommand(name, properties, data);
  }
}
