package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.intrinsic.ConditionEvaluator;
import dev.rehearsal.core.cloudformation.intrinsic.Evaluator;
import dev.rehearsal.core.cloudformation.intrinsic.Scope;
import dev.rehearsal.core.cloudformation.parameter.ParameterDeclaration;
import dev.rehearsal.core.cloudformation.parameter.ParameterValue;
import dev.rehearsal.core.cloudformation.parameter.ParameterValues;
import dev.rehearsal.core.cloudformation.resource.OpaqueType;
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
  private final TemplateMode mode;
  private final Unknowns unknowns;
  private final Map<String, String> opaque = new HashMap<>();

  StackResolver(Template template, StackSettings settings, Map<String, DeployedResource> deployed) {
    this.deployed = Map.copyOf(deployed);
    this.template = template;
    this.tree = template.source();
    this.mode = template.mode();
    this.unknowns = new Unknowns(tree);
    this.stack = settings.environment();
    this.pseudo = new PseudoParameters(stack);
    this.parameters =
        mode.analysis()
            ? ParameterValues.resolveKnown(template.parameters(), settings.parameters())
            : ParameterValues.resolve(template.parameters(), settings.parameters());
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
        stack.stackName(),
        stack.stackId(),
        parameters,
        conditions,
        resources,
        outputs,
        tree,
        unknowns.all());
  }

  private ResolvedResource create(ResourceDeclaration declaration) {
    for (String dependency : declaration.dependsOn()) {
      if (!created.containsKey(dependency)) {
        throw unresolved(dependency, SourceMap.child(declaration.pointer(), "DependsOn"));
      }
    }
    if (declaration.type() instanceof OpaqueType type) {
      return opaque(declaration, type);
    }
    String pointer = declaration.propertiesPointer();
    JsonNode resolved =
        values.evaluate(declaration.properties(), pointer).orElseGet(this::emptyObject);
    if (!resolved.isObject()) {
      throw tree.error(
          "Template format error: [" + pointer + "] Properties must be an object", pointer);
    }
    Properties properties =
        new Properties(
            tree, pointer, declaration.logicalId(), (ObjectNode) resolved, mode.analysis());
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

  /** A resource outside the flow: created as a symbol, its properties kept as written. */
  private ResolvedResource opaque(ResourceDeclaration declaration, OpaqueType type) {
    ResourceValues values =
        type.resolve(
            new Properties(
                tree,
                declaration.propertiesPointer(),
                declaration.logicalId(),
                JsonNodeFactory.instance.objectNode(),
                true),
            stack);
    created.put(declaration.logicalId(), values);
    opaque.put(declaration.logicalId(), type.name());
    return new ResolvedResource(
        declaration.logicalId(),
        type.name(),
        values.ref(),
        declaration.properties(),
        Map.of(),
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
    Optional<ParameterDeclaration> declared =
        template.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    if (declared.isPresent()) {
      // Only a template read for analysis resolves without a value for each parameter.
      return Optional.of(unknowns.parameter(declared.get(), pointer));
    }
    ResourceValues resource = created.get(name);
    if (resource == null) {
      return Optional.of(generated(name, null, pointer));
    }
    if (opaque.containsKey(name)) {
      return Optional.of(unknowns.opaque(name, opaque.get(name), null, pointer));
    }
    return Optional.of(JsonNodeFactory.instance.textNode(resource.ref()));
  }

  /**
   * A name no created resource has: in a SAM template, a resource the transform generates; else a
   * reference CloudFormation refuses.
   */
  private JsonNode generated(String name, String attribute, String pointer) {
    boolean declared = template.resources().stream().anyMatch(r -> r.logicalId().equals(name));
    if (mode != TemplateMode.ANALYSIS_SERVERLESS || declared) {
      throw unresolved(name, pointer);
    }
    return unknowns.generated(name, attribute, pointer);
  }

  @Override
  public Optional<JsonNode> unevaluated(String function, String pointer) {
    return mode.analysis() ? Optional.of(unknowns.function(function, pointer)) : Optional.empty();
  }

  @Override
  public JsonNode getAtt(String resource, String attribute, String pointer) {
    ResourceValues provisioned = created.get(resource);
    if (provisioned == null) {
      return generated(resource, attribute, pointer);
    }
    if (opaque.containsKey(resource)) {
      return unknowns.opaque(resource, opaque.get(resource), attribute, pointer);
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
    int unknownBefore = unknowns.count();
    String at = SourceMap.child("/Conditions", name);
    boolean value = conditionEvaluator.evaluate(definition, at);
    if (unknowns.count() > unknownBefore) {
      unknowns.condition(name, value, at);
    }
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
