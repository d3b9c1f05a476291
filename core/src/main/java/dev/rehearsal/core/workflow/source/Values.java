package dev.rehearsal.core.workflow.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the shapes GitHub's workflow schema asks for, refusing anything else with the words of
 * GitHub's template reader ("Expected a mapping", "A sequence was not expected", "Unexpected value
 * 'x'", "A template expression is not allowed in this context") and the node's place.
 */
public final class Values {
  private Values() {}

  public static Node.Mapping mapping(Node node, String expected) {
    if (node instanceof Node.Mapping mapping) {
      return mapping;
    }
    throw WorkflowException.at(node, "Expected a mapping", found(node, expected));
  }

  public static Node.Sequence sequence(Node node, String expected) {
    if (node instanceof Node.Sequence sequence) {
      return sequence;
    }
    throw WorkflowException.at(node, "Expected a sequence", found(node, expected));
  }

  public static Node.Scalar scalar(Node node, String expected) {
    if (node instanceof Node.Scalar scalar) {
      return scalar;
    }
    String problem =
        node instanceof Node.Mapping ? "A mapping was not expected" : "A sequence was not expected";
    throw WorkflowException.at(node, problem, expected);
  }

  /** A scalar as a string template; a number or boolean becomes its string form, null "". */
  public static Template string(Node node, String expected) {
    return Template.of(scalar(node, expected));
  }

  /** A string that must not be empty (GitHub's {@code non-empty-string}). */
  public static Template nonEmpty(Node node, String expected) {
    Node.Scalar scalar = scalar(node, expected);
    if (scalar.text().isEmpty()) {
      throw WorkflowException.at(node, "Unexpected value ''", expected);
    }
    return Template.of(scalar);
  }

  /** A non-empty string without expressions, where GitHub allows no context at all. */
  public static String literal(Node node, String expected) {
    Template text = nonEmpty(node, expected);
    if (text.hasExpression()) {
      throw WorkflowException.at(
          node, "A template expression is not allowed in this context", expected);
    }
    return text.source();
  }

  /** One literal string or a sequence of them (GitHub's string-or-sequence shapes). */
  public static List<Node.Scalar> literals(Node node, String expected) {
    List<Node> items =
        node instanceof Node.Sequence sequence ? sequence.items() : List.of(scalar(node, expected));
    List<Node.Scalar> scalars = new ArrayList<>();
    for (Node item : items) {
      literal(item, expected);
      scalars.add((Node.Scalar) item);
    }
    return scalars;
  }

  /** A mapping of names to string templates, in file order ({@code env}, {@code with}). */
  public static Map<String, Template> strings(Node node, String expected) {
    Map<String, Template> values = new LinkedHashMap<>();
    for (Node.Entry entry : mapping(node, expected).entries()) {
      if (entry.name().isEmpty()) {
        throw WorkflowException.at(entry.key(), "Unexpected value ''", expected);
      }
      values.put(entry.name(), string(entry.value(), expected));
    }
    return values;
  }

  /** A boolean, or an expression that the runner evaluates to one ({@code continue-on-error}). */
  public static Template bool(Node node, String expected) {
    Node.Scalar scalar = scalar(node, expected);
    if (scalar.kind() != Node.Scalar.Kind.BOOLEAN && !Template.of(scalar).isExpression()) {
      throw WorkflowException.at(node, "Unexpected value '" + scalar.text() + "'", expected);
    }
    return Template.of(scalar);
  }

  /** A number, or an expression that the runner evaluates to one ({@code timeout-minutes}). */
  public static Template number(Node node, String expected) {
    Node.Scalar scalar = scalar(node, expected);
    if (scalar.kind() != Node.Scalar.Kind.NUMBER && !Template.of(scalar).isExpression()) {
      throw WorkflowException.at(node, "Unexpected value '" + scalar.text() + "'", expected);
    }
    return Template.of(scalar);
  }

  /**
   * Refuses any key of {@code mapping} that is not in {@code supported}: a key GitHub knows but the
   * rehearsal does not run (listed in {@code unsupported} with the reason) is an "Unsupported key",
   * any other GitHub's own "Unexpected value"; both say what {@code owner} supports.
   */
  public static void keys(
      Node.Mapping mapping, List<String> supported, Map<String, String> unsupported, String owner) {
    for (Node.Entry entry : mapping.entries()) {
      String key = entry.name();
      if (supported.contains(key)) {
        continue;
      }
      String supports = owner + " supports " + String.join(", ", supported);
      String reason = unsupported.get(key);
      if (reason != null) {
        throw WorkflowException.at(
            entry.key(), "Unsupported key '" + key + "'", reason + "; " + supports);
      }
      throw WorkflowException.at(entry.key(), "Unexpected value '" + key + "'", supports);
    }
  }

  private static String found(Node node, String expected) {
    return expected + ", found " + node.describe();
  }
}
