package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.resource.ResourceType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the {@code Resources} section as written (User Guide, "Resources" and "Resource
 * attribute reference": {@code Type}, {@code Properties}, {@code DependsOn}, {@code Condition}),
 * with the resources it needs ({@link #requires()}) once the template's references are checked.
 */
public record ResourceDeclaration(
    String logicalId,
    ResourceType type,
    JsonNode properties,
    List<String> dependsOn,
    Optional<String> condition,
    String pointer,
    List<String> requires) {
  public ResourceDeclaration {
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(properties, "properties");
    dependsOn = List.copyOf(dependsOn);
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(pointer, "pointer");
    requires = List.copyOf(requires);
  }

  /**
   * The same declaration with every resource it needs first: those in {@code DependsOn} and those
   * its properties refer to with {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub}, in template
   * order. CloudFormation creates after them and deletes before them.
   */
  ResourceDeclaration withRequires(List<String> resources) {
    return new ResourceDeclaration(
        logicalId, type, properties, dependsOn, condition, pointer, resources);
  }

  /** A copy of the properties as written: changing it changes nothing. */
  @Override
  public JsonNode properties() {
    return properties.deepCopy();
  }

  /** The pointer to the resource's {@code Properties}. */
  public String propertiesPointer() {
    return pointer + "/Properties";
  }
}
