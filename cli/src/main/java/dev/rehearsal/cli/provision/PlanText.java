package dev.rehearsal.cli.provision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rehearsal.cli.Plural;
import dev.rehearsal.provisioner.PropertyDelta;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.ResourceChange.Action;
import dev.rehearsal.provisioner.StackPreview;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as text, one resource a line as Terraform shows one ({@code +} add, {@code ~} modify,
 * {@code -/+} replace, {@code -} remove), and under a modification each property that changes with
 * a line diff of its value, policy documents pretty-printed so that a changed condition is one
 * line.
 */
final class PlanText {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanText() {}

  static void write(PrintWriter out, StackPreview preview) {
    List<ResourceChange> changes = preview.changes();
    long unchanged = preview.resources().size() - changes.size();
    out.printf(
        "plan for stack %s (%s): %s to add, %s to modify, %s to remove%s%n",
        preview.stackName(),
        preview.exists() ? "exists" : "new",
        count(changes, Action.ADD),
        count(changes, Action.MODIFY),
        count(changes, Action.REMOVE),
        unchanged > 0 ? ", " + Plural.of(unchanged, "resource") + " unchanged" : "");
    for (ResourceChange change : changes) {
      out.printf(
          "  %-3s %s (%s)%s%s%n",
          mark(change),
          change.logicalId(),
          change.type(),
          change.physicalId().map(id -> " " + id).orElse(""),
          change.reason().isEmpty() ? "" : ": " + change.reason());
      for (PropertyDelta delta : change.details()) {
        writeDelta(out, delta);
      }
    }
    out.flush();
  }

  private static void writeDelta(PrintWriter out, PropertyDelta delta) {
    List<String> notes = new ArrayList<>();
    if (delta.requiresRecreation().equals("Always")) {
      notes.add("requires replacement");
    }
    if (delta.evaluation().equals("Dynamic")) {
      notes.add("known once what it refers to is replaced");
    }
    out.printf(
        "        %s%s%n",
        delta.property(), notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    if (delta.valuesKnown()) {
      for (String line : LineDiff.diff(lines(delta.before()), lines(delta.after()))) {
        out.println("          " + line);
      }
    }
  }

  private static String mark(ResourceChange change) {
    return switch (change.action()) {
      case ADD -> "+";
      case REMOVE -> "-";
      case MODIFY -> change.replaces() ? "-/+" : "~";
      case NONE -> " ";
    };
  }

  private static String count(List<ResourceChange> changes, Action action) {
    return Long.toString(changes.stream().filter(c -> c.action() == action).count());
  }

  /** A value's lines: none when absent, JSON pretty-printed (a string as itself). */
  static List<String> lines(JsonNode value) {
    if (value.isMissingNode()) {
      return List.of();
    }
    if (value.isTextual()) {
      return value.asText().lines().toList();
    }
    try {
      return JSON.writeValueAsString(value).lines().toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }
}
