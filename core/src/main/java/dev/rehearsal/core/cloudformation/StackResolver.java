package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.intrinsic.ConditionEvaluator;
import dev.rehearsal.core.cloudformation.intrinsic.Evaluator;
import dev.rehearsal.core.cloudformation.intrinsic.Scope;
import dev.rehearsal.core.cloudformation.parameter.ParameterValue;
import dev.rehearsal.core.cloudformation.parameter.ParameterValues;
import dev.rehearsal.core.cloudformation.resource.Properties;
import dev.rehearsal.core.cloudformation.resource.ResourceValues;
import dev.rehearsal.core.cloudformation.resource.StackEnvironment;
import dev.rehearsal.core.cloudformation.source.Scalars;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a parsed template for one stack, the way {@code CreateStack} does: parameter values,
 * then conditions, then each resource in creation order (its properties resolved against the
 * resources created before it), then the outputs.
 */
final class StackResolver implements Scope {
  private final Template template;
  private final SourceTree tree;
  private final StackEnvironment stack;
  private final PseudoParameters pseudo;
  private final Map<String, ParameterValue> parameters;
  private final Map<String, Boolean> conditions = new LinkedHashMap<>();
  private final Map<String, ResourceValues> created = new HashMap<>();
  private final Evaluator values;
  private final ConditionEvaluator conditionEvaluator;
  private final Map<String, DeployedResource> deployed;

  StackResolver(Template template, StackSettings settings, Map<String, DeployedResource> deployed) {
    this.deployed = Map.copyOf(deployed);
    this.template = template;
    this.tree = template.source();
    this.stack = settings.environment();
    this.pseudo = new PseudoParameters(stack);
    this.parameters = ParameterValues.resolve(template.parameters(), settings.parameters());
    this.values = new Evaluator(tree, this);
    this.conditionEvaluator = new ConditionEvaluator(values, this);
  }

  ResolvedStack resolve() {
    template.conditionNames().forEach(name -> condition(name, "/Conditions"));
    List<ResolvedResource> resources = new ArrayList<>();
    for (ResourceDeclaration declaration : template.resources()) {
      if (declaration
          .condition()
          .map(name -> condition(name, declaration.pointer()))
          .orElse(true)) {
        resources.add(create(declaration));
      }
    }
    List<ResolvedOutput> outputs = new ArrayList<>();
    for (OutputDeclaration output : template.outputs()) {
      if (output.condition().map(name -> condition(name, output.pointer())).orElse(true)) {
        outputs.add(output(output));
      }
    }
    return new ResolvedStack(
        stack.stackName(), stack.stackId(), parameters, conditions, resources, outputs, tree);
  }

  private ResolvedResource create(ResourceDeclaration declaration) {
    for (String dependency : declaration.dependsOn()) {
      if (!created.containsKey(dependency)) {
        throw unresolved(dependency, SourceMap.child(declaration.pointer(), "DependsOn"));
      }
    }
    String pointer = declaration.propertiesPointer();
    JsonNode resolved =
        values.evaluate(declaration.properties(), pointer).orElseGet(this::emptyObject);
    if (!resolved.isObject()) {
      throw tree.error(
          "Template format error: [" + pointer + "] Properties must be an object", pointer);
    }
    Properties properties =
        new Properties(tree, pointer, declaration.logicalId(), (ObjectNode) resolved);
    ResourceValues values = existing(declaration, declaration.type().resolve(properties, stack));
    created.put(declaration.logicalId(), values);
    return new ResolvedResource(
        declaration.logicalId(),
        declaration.type().name(),
        values.ref(),
        resolved,
        values.attributes(),
        declaration.dependsOn(),
        values.typed(),
        declaration.requires());
  }

  /**
   * A resource that exists already is referred to by what its service answered, not by what the
   * type would generate: a role's {@code RoleId}, a generated name. A resource of another type
   * under the same logical id is a new resource.
   */
  private ResourceValues existing(ResourceDeclaration declaration, ResourceValues generated) {
    DeployedResource current = deployed.get(declaration.logicalId());
    if (current == null || !current.type().equals(declaration.type().name())) {
      return generated;
    }
    Map<String, JsonNode> attributes = new HashMap<>(generated.attributes());
    attributes.putAll(current.attributes());
    return new ResourceValues(current.physicalId(), attributes, generated.typed());
  }

  private JsonNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }

  private ResolvedOutput output(OutputDeclaration output) {
    String valuePointer = output.pointer() + "/Value";
    String value = text(output.value(), valuePointer, "Value", output.name());
    Optional<String> exportName =
        output
            .exportName()
            .map(
                name ->
                    text(name, output.pointer() + "/Export/Name", "Export Name", output.name()));
    return new ResolvedOutput(output.name(), value, output.description(), exportName);
  }

  private String text(JsonNode node, String pointer, String field, String outputName) {
    return values
        .evaluate(node, pointer)
        .flatMap(Scalars::text)
        .orElseThrow(
            () ->
                tree.error(
                    "Template format error: The "
                        + field
                        + " of output "
                        + outputName
                        + " must evaluate to a String",
                    pointer));
  }

  @Override
  public Optional<JsonNode> ref(String name, String pointer) {
    if (name.equals(PseudoParameters.NO_VALUE)) {
      return Optional.empty();
    }
    Optional<JsonNode> pseudoValue = pseudo.value(name);
    if (pseudoValue.isPresent()) {
      return pseudoValue;
    }
    ParameterValue parameter = parameters.get(name);
    if (parameter != null) {
      return Optional.of(parameter.ref());
    }
    ResourceValues resource = created.get(name);
    if (resource == null) {
      throw unresolved(name, pointer);
    }
    return Optional.of(JsonNodeFactory.instance.textNode(resource.ref()));
  }

  @Override
  public JsonNode getAtt(String resource, String attribute, String pointer) {
    ResourceValues provisioned = created.get(resource);
    if (provisioned == null) {
      throw unresolved(resource, pointer);
    }
    JsonNode value = provisioned.attributes().get(attribute);
    if (value == null) {
      throw tree.error(
          "Template error: resource "
              + resource
              + " does not support attribute type "
              + attribute
              + " in Fn::GetAtt",
          pointer);
    }
    return value;
  }

  @Override
  public boolean condition(String name, String pointer) {
    Boolean known = conditions.get(name);
    if (known != null) {
      return known;
    }
    JsonNode definition = template.condition(name);
    if (definition == null) {
      throw tree.error(
          "Template error: unresolved condition dependency " + name + " in Fn::If", pointer);
    }
    boolean value = conditionEvaluator.evaluate(definition, SourceMap.child("/Conditions", name));
    conditions.put(name, value);
    return value;
  }

  /** A reference to a resource that is not created: unknown, or excluded by its condition. */
  private TemplateException unresolved(String name, String pointer) {
    return tree.error(
        "Template format error: Unresolved resource dependencies ["
            + name
            + "] in the Resources block of the template",
        pointer);
  }
}
