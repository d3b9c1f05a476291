package dev.rehearsal.core.workflow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GitHub reads workflows with YAML 1.2's core schema, not YAML 1.1 (actions/runner, {@code
 * YamlObjectReader.cs}): {@code on}, {@code yes}, {@code n} are strings; numbers print as .NET's
 * {@code G15}.
 */
class WorkflowYamlTest {
  private static Node.Scalar value(String yaml) {
    Node.Mapping root = (Node.Mapping) WorkflowYaml.read("key: " + yaml);
    return (Node.Scalar) root.entries().get(0).value();
  }

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "on| STRING| on",
        "yes| STRING| yes",
        "n| STRING| n",
        "off| STRING| off",
        "true| BOOLEAN| true",
        "True| BOOLEAN| true",
        "FALSE| BOOLEAN| false",
        "'true'| STRING| true",
        "~| NULL| \"\"",
        "null| NULL| \"\"",
        "3.10| NUMBER| 3.1",
        "010| NUMBER| 10",
        "0x1F| NUMBER| 31",
        "0o17| NUMBER| 15",
        "1e3| NUMBER| 1000",
        "-.inf| NUMBER| -Infinity",
        "1000000000000000| NUMBER| 1E+15",
        "0.00001| NUMBER| 1E-05",
        "0.0001| NUMBER| 0.0001",
        "123456789.123456789| NUMBER| 123456789.123457",
        "2012-10-17| STRING| 2012-10-17",
        "!!str 3.10| STRING| 3.10",
        "!!int 7| NUMBER| 7",
      })
  void read_plainScalars_typedByYaml12CoreSchema(String yaml, Node.Scalar.Kind kind, String text) {
    Node.Scalar scalar = value(yaml);

    assertThat(scalar.kind()).isEqualTo(kind);
    assertThat(scalar.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"on", "yes", "true"})
  void read_keys_areTheirText(String key) {
    Node.Mapping root = (Node.Mapping) WorkflowYaml.read(key + ": x");

    assertThat(root.entries().get(0).name()).isEqualTo(key);
    assertThat(root.get(key)).isPresent();
  }
}
