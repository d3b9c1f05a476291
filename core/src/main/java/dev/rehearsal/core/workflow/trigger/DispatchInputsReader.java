package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code on.workflow_dispatch.inputs}, with the checks of GitHub's workflow parser
 * (actions/languageservices, {@code workflow-parser/src/model/converter/workflow-dispatch.ts}):
 * only the known keys, {@code options} for a {@code choice} and only for it, a {@code boolean}
 * default for a boolean input, a number for a number input.
 */
final class DispatchInputsReader {
  private static final List<String> KEYS =
      List.of("description", "required", "default", "type", "options");

  private DispatchInputsReader() {}

  static List<DispatchInput> read(Node node) {
    List<DispatchInput> inputs = new ArrayList<>();
    for (Node.Entry entry : Values.mapping(node, "inputs maps input names to inputs").entries()) {
      inputs.add(input(entry));
    }
    return inputs;
  }

  private static DispatchInput input(Node.Entry entry) {
    Node.Mapping input = Values.mapping(entry.value(), "an input is a mapping of " + KEYS);
    for (Node.Entry key : input.entries()) {
      if (!KEYS.contains(key.name())) {
        throw WorkflowException.at(
            key.key(),
            "Invalid key '" + key.name() + "'",
            "an input supports " + String.join(", ", KEYS));
      }
    }
    DispatchInput.Type type =
        input.get("type").map(DispatchInputsReader::type).orElse(DispatchInput.Type.STRING);
    boolean required =
        input
            .get("required")
            .map(r -> Values.bool(r, "required is true or false").source().equals("true"))
            .orElse(false);
    Optional<Node> options = input.get("options");
    if (type == DispatchInput.Type.CHOICE && options.isEmpty()) {
      throw WorkflowException.at(input, "Missing 'options' for choice input", null);
    }
    if (type != DispatchInput.Type.CHOICE && options.isPresent()) {
      throw WorkflowException.at(
          options.get(), "Input type is not 'choice', but 'options' is defined", null);
    }
    List<String> choices =
        options
            .map(
                o ->
                    Values.sequence(o, "options is a list of strings").items().stream()
                        .map(item -> Values.scalar(item, "an option is a string").text())
                        .toList())
            .orElse(List.of());
    if (type == DispatchInput.Type.CHOICE && choices.isEmpty()) {
      throw WorkflowException.at(options.get(), "Missing 'options' for choice input", null);
    }
    Optional<String> defaultValue = input.get("default").map(d -> defaultValue(d, type));
    Optional<String> description =
        input.get("description").map(d -> Values.string(d, "description is text").source());
    return new DispatchInput(
        entry.name(), description, type, required, defaultValue, choices, entry.key().location());
  }

  private static DispatchInput.Type type(Node node) {
    String name =
        Values.literal(node, "type is one of boolean, choice, number, environment, string");
    return Arrays.stream(DispatchInput.Type.values())
        .filter(t -> t.yamlName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                WorkflowException.at(
                    node,
                    "Unexpected value '" + name + "'",
                    "an input's type is one of boolean, choice, number, environment or string"));
  }

  private static String defaultValue(Node node, DispatchInput.Type type) {
    Node.Scalar scalar = Values.scalar(node, "default is a scalar");
    Node.Scalar.Kind wanted =
        switch (type) {
          case BOOLEAN -> Node.Scalar.Kind.BOOLEAN;
          case NUMBER -> Node.Scalar.Kind.NUMBER;
          default -> null;
        };
    if (wanted != null && scalar.kind() != wanted) {
      throw WorkflowException.at(
          node,
          "Unexpected value '" + scalar.text() + "'",
          "the default of a "
              + type.yamlName()
              + " input is a "
              + wanted.name().toLowerCase(Locale.ROOT));
    }
    return scalar.text();
  }
}
