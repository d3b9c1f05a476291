package dev.rehearsal.cli.provision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.provisioner.PropertyDelta;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.StackEvent;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackResult;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code --format json}: one document at the end: where and how, the plan (each change with its
 * properties' values before and after), every event, and how it ended.
 */
final class ProvisionJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProvisionJson() {}

  static void write(
      PrintWriter out,
      TargetOptions options,
      Session session,
      Optional<StackPreview> preview,
      Optional<StackResult> result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("stack", options.stackName);
    root.put("way", options.way());
    root.put("endpoint", session.target().describe());
    root.put("region", session.target().region());
    session.stateFile().ifPresent(file -> root.put("stateFile", file.toString()));
    preview.ifPresent(p -> root.set("plan", plan(p)));
    result.ifPresent(r -> root.set("result", result(r)));
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
    out.flush();
  }

  private static ObjectNode plan(StackPreview preview) {
    ObjectNode plan = JSON.createObjectNode();
    plan.put("exists", preview.exists());
    plan.put("hasChanges", preview.hasChanges());
    ArrayNode changes = plan.putArray("changes");
    ArrayNode unchanged = plan.putArray("unchanged");
    for (ResourceChange change : preview.resources()) {
      if (change.action() == ResourceChange.Action.NONE) {
        unchanged.add(change.logicalId());
        continue;
      }
      ObjectNode node = changes.addObject();
      node.put("action", change.action().word());
      node.put("logicalId", change.logicalId());
      node.put("type", change.type());
      change.physicalId().ifPresent(id -> node.put("physicalId", id));
      node.put("replacement", change.replacement());
      node.put("reason", change.reason());
      ArrayNode details = node.putArray("details");
      for (PropertyDelta delta : change.details()) {
        ObjectNode detail = details.addObject();
        detail.put("property", delta.property());
        detail.put("requiresRecreation", delta.requiresRecreation());
        detail.put("evaluation", delta.evaluation());
        if (!delta.before().isMissingNode()) {
          detail.set("before", delta.before());
        }
        if (!delta.after().isMissingNode()) {
          detail.set("after", delta.after());
        }
      }
    }
    return plan;
  }

  private static ObjectNode result(StackResult result) {
    ObjectNode node = JSON.createObjectNode();
    node.put("status", result.status());
    node.put("succeeded", result.succeeded());
    node.put("changed", result.changed());
    result.failure().ifPresent(f -> node.set("failure", event(f)));
    ObjectNode outputs = node.putObject("outputs");
    result.outputs().forEach(outputs::put);
    ArrayNode events = node.putArray("events");
    result.events().forEach(e -> events.add(event(e)));
    return node;
  }

  private static ObjectNode event(StackEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("timestamp", event.timestamp().toString());
    node.put("logicalId", event.logicalId());
    node.put("type", event.type());
    node.put("physicalId", event.physicalId());
    node.put("status", event.status());
    event.reason().ifPresent(r -> node.put("reason", r));
    return node;
  }
}
