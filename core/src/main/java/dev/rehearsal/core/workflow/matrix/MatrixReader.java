package dev.rehearsal.core.workflow.matrix;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Template;
import dev.rehearsal.core.workflow.source.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code strategy.matrix}: a mapping (GitHub's schema: vectors are sequences, {@code include}
 * and {@code exclude} sequences of mappings) or a whole-matrix expression. When no expression needs
 * evaluating, the matrix is expanded at once, so that a malformed matrix is refused with the file,
 * as GitHub's early validation does.
 */
public final class MatrixReader {
  private final Map<String, Location> locations = new HashMap<>();

  private MatrixReader() {}

  /** The matrix of job {@code jobId}, located at its {@code matrix} key. */
  public static Matrix read(String jobId, Node.Entry entry) {
    Node node = entry.value();
    MatrixReader reader = new MatrixReader();
    MatrixValue definition;
    if (node instanceof Node.Scalar scalar && Template.of(scalar).isExpression()) {
      definition = new MatrixValue.Text(scalar.text());
    } else {
      definition =
          reader.value(
              Values.mapping(
                  node, "a matrix maps vectors to lists of values, or is an expression"));
    }
    reader.locations.put(node.path(), entry.key().location());
    Matrix matrix =
        new Matrix(jobId, definition, node.path(), entry.key().location(), reader.locations);
    if (!matrix.needsEvaluation()) {
      matrix.expand();
    }
    return matrix;
  }

  private MatrixValue value(Node node) {
    locations.put(node.path(), node.location());
    if (node instanceof Node.Mapping mapping) {
      Map<String, MatrixValue> entries = new LinkedHashMap<>();
      for (Node.Entry entry : mapping.entries()) {
        entries.put(entry.name(), value(entry.value()));
        // the key's line is where a reader looks for the entry it names
        locations.put(entry.key().path(), entry.key().location());
      }
      return new MatrixValue.Mapping(entries);
    }
    if (node instanceof Node.Sequence sequence) {
      List<MatrixValue> items = new ArrayList<>();
      for (Node item : sequence.items()) {
        items.add(value(item));
      }
      return new MatrixValue.Sequence(items);
    }
    Node.Scalar scalar = (Node.Scalar) node;
    return switch (scalar.kind()) {
      case STRING -> new MatrixValue.Text(scalar.text());
      case NUMBER -> new MatrixValue.Number(scalar.number());
      case BOOLEAN -> new MatrixValue.Bool(scalar.isTrue());
      case NULL -> new MatrixValue.Null();
    };
  }
}
