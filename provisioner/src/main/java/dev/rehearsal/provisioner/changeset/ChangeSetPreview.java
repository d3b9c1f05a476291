package dev.rehearsal.provisioner.changeset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.provisioner.PropertyDelta;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.StackPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.ResourceTargetDefinition;

/**
 * A change set's changes as a {@link StackPreview}: each {@code ResourceChange} with its details,
 * one per property (a property changed for several causes is listed once), with the values before
 * and after where {@code DescribeChangeSet} includes them ({@code IncludePropertyValues}).
 */
final class ChangeSetPreview {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROPERTIES = "/Properties/";

  private ChangeSetPreview() {}

  static StackPreview of(String stackName, boolean exists, List<Change> changes) {
    List<ResourceChange> resources = new ArrayList<>();
    for (Change change : changes) {
      if (change.resourceChange() != null) {
        resources.add(resource(change.resourceChange()));
      }
    }
    return new StackPreview(stackName, exists, resources);
  }

  private static ResourceChange resource(
      software.amazon.awssdk.services.cloudformation.model.ResourceChange change) {
    ResourceChange.Action action =
        switch (String.valueOf(change.actionAsString())) {
          case "Add" -> ResourceChange.Action.ADD;
          case "Remove" -> ResourceChange.Action.REMOVE;
          default -> ResourceChange.Action.MODIFY;
        };
    JsonNode before = context(change.beforeContext());
    JsonNode after = context(change.afterContext());
    Map<String, PropertyDelta> details = new LinkedHashMap<>();
    for (ResourceChangeDetail detail : change.details()) {
      PropertyDelta delta = delta(detail, before, after);
      details.merge(delta.property(), delta, ChangeSetPreview::better);
    }
    String replacement =
        action == ResourceChange.Action.MODIFY ? String.valueOf(change.replacementAsString()) : "";
    return new ResourceChange(
        action,
        change.logicalResourceId(),
        change.resourceType(),
        Optional.ofNullable(change.physicalResourceId()).filter(id -> !id.isEmpty()),
        replacement.equals("null") ? "" : replacement,
        reason(action, details.keySet(), replacement),
        List.copyOf(details.values()));
  }

  private static PropertyDelta delta(ResourceChangeDetail detail, JsonNode before, JsonNode after) {
    ResourceTargetDefinition target = detail.target();
    String property = property(target);
    String top = property.contains("/") ? property.substring(0, property.indexOf('/')) : property;
    JsonNode was = value(target.beforeValue()).orElseGet(() -> before.path(top));
    JsonNode is = value(target.afterValue()).orElseGet(() -> after.path(top));
    if (!property.equals(top) && target.beforeValue() == null && target.afterValue() == null) {
      property = top;
    }
    return new PropertyDelta(
        property, was, is, target.requiresRecreationAsString(), detail.evaluationAsString());
  }

  /** Of two details of one property: the one that knows more, a static one over a dynamic one. */
  private static PropertyDelta better(PropertyDelta first, PropertyDelta second) {
    if (!first.valuesKnown() && second.valuesKnown()) {
      return second;
    }
    return first.evaluation().equals("Dynamic") && second.evaluation().equals("Static")
        ? second
        : first;
  }

  /** The property's name, or its path below {@code /Properties/} where the change set gives one. */
  private static String property(ResourceTargetDefinition target) {
    String path = target.path();
    if (path != null && path.startsWith(PROPERTIES)) {
      return path.substring(PROPERTIES.length());
    }
    if (target.name() != null) {
      return target.name();
    }
    return String.valueOf(target.attributeAsString());
  }

  private static String reason(
      ResourceChange.Action action, java.util.Set<String> properties, String replacement) {
    return switch (action) {
      case ADD -> "in the template, not in the stack";
      case REMOVE -> "in the stack, no longer in the template";
      default -> {
        String changed = properties.stream().collect(Collectors.joining(", "));
        String what = changed.isEmpty() ? "properties changed" : changed + " changed";
        yield replacement.equals("True") ? what + "; requires replacement" : what;
      }
    };
  }

  /** A {@code BeforeContext}/{@code AfterContext}: the resource's properties, as JSON. */
  private static JsonNode context(String context) {
    if (context == null || context.isBlank()) {
      return MissingNode.getInstance();
    }
    JsonNode node = parse(context).orElse(MissingNode.getInstance());
    return node.has("Properties") ? node.get("Properties") : node;
  }

  /** A {@code BeforeValue}/{@code AfterValue}: JSON text where it is JSON, else the string. */
  private static Optional<JsonNode> value(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return parse(trimmed).or(() -> Optional.of(TextNode.valueOf(value)));
    }
    return Optional.of(TextNode.valueOf(value));
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      return Optional.of(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
