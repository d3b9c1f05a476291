package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.resource.TypedResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource as CloudFormation would create it: logical id, type, physical id (what {@code Ref}
 * returns), its properties with every intrinsic resolved, its {@code Fn::GetAtt} attributes, the
 * resources it depends on, and a typed view. {@code properties} is a copy: changing it changes
 * nothing.
 */
public record ResolvedResource(
    String logicalId,
    String type,
    String physicalId,
    JsonNode properties,
    Map<String, JsonNode> attributes,
    List<String> dependsOn,
    TypedResource typed,
    List<String> requires) {
  public ResolvedResource {
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(physicalId, "physicalId");
    properties = properties.deepCopy();
    attributes = Map.copyOf(attributes);
    dependsOn = List.copyOf(dependsOn);
    Objects.requireNonNull(typed, "typed");
    requires = List.copyOf(requires);
  }

  @Override
  public JsonNode properties() {
    return properties.deepCopy();
  }
}
