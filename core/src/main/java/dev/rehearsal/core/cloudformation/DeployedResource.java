package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource as it exists in a stack after an apply: what the services answered (its physical id
 * and attributes such as a role's {@code RoleId}) and the properties it was last applied with. A
 * plan compares a template against these; a resolver reads {@code Ref} and {@code Fn::GetAtt} of an
 * existing resource from here rather than invent them.
 */
public record DeployedResource(
    String logicalId,
    String type,
    String physicalId,
    Map<String, JsonNode> attributes,
    JsonNode properties,
    List<String> requires) {
  public DeployedResource {
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(physicalId, "physicalId");
    attributes = Map.copyOf(attributes);
    properties = properties.deepCopy();
    requires = List.copyOf(requires);
  }

  /** What a resolved resource becomes once applied, with the values its service gave it. */
  public static DeployedResource of(
      ResolvedResource resolved, String physicalId, Map<String, JsonNode> attributes) {
    return new DeployedResource(
        resolved.logicalId(),
        resolved.type(),
        physicalId,
        attributes,
        resolved.properties(),
        resolved.requires());
  }

  @Override
  public JsonNode properties() {
    return properties.deepCopy();
  }
}
