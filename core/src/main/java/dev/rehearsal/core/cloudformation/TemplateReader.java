package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rehearsal.core.cloudformation.parameter.ParameterDeclaration;
import dev.rehearsal.core.cloudformation.resource.OpaqueType;
import dev.rehearsal.core.cloudformation.resource.ResourceType;
import dev.rehearsal.core.cloudformation.resource.ResourceTypes;
import dev.rehearsal.core.cloudformation.source.Scalars;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the sections of a template (User Guide, "Template anatomy") into declarations, refusing
 * what CloudFormation refuses with its messages and what this rehearsal does not model with a
 * message naming it and its line.
 */
final class TemplateReader {
  private static final Set<String> SECTIONS =
      Set.of(
          "AWSTemplateFormatVersion",
          "Description",
          "Metadata",
          "Parameters",
          "Conditions",
          "Resources",
          "Outputs");
  private static final Set<String> UNMODELLED_SECTIONS = Set.of("Mappings", "Rules", "Transform");

  /**
   * The AWS SAM transform (SAM Developer Guide, "AWS SAM template anatomy"): it expands {@code
   * AWS::Serverless::*} resources and leaves plain CloudFormation resources as they are, so a
   * template's {@code AWS::IAM::Role}s read the same before and after it.
   */
  static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

  /** Sections an analysis reads past: their values matter only to what it does not interpret. */
  private static final Set<String> ANALYSIS_SECTIONS = Set.of("Mappings", "Rules");

  private static final Set<String> RESOURCE_ATTRIBUTES =
      Set.of(
          "Type",
          "Properties",
          "DependsOn",
          "Condition",
          "Metadata",
          "DeletionPolicy",
          "UpdateReplacePolicy",
          "CreationPolicy",
          "UpdatePolicy");
  private static final Pattern RESOURCE_TYPE = Pattern.compile("[A-Za-z0-9]+::[A-Za-z0-9]+::.+");

  /**
   * User Guide, "AWS::CloudFormation::CustomResource": {@code Custom::MyCustomResourceTypeName}.
   */
  private static final Pattern CUSTOM_TYPE = Pattern.compile("Custom::[A-Za-z0-9_@-]{1,60}");

  private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");

  private final SourceTree tree;
  private final boolean analysis;
  private boolean serverless;

  private TemplateReader(SourceTree tree, boolean analysis) {
    this.tree = tree;
    this.analysis = analysis;
  }

  /** Reads a template to deploy: every type, section and function must be modelled. */
  static Template read(String text) {
    SourceTree tree = SourceTree.read(text);
    return new TemplateReader(tree, false).template();
  }

  /**
   * Reads a template to analyse: types outside the flow are opaque, the SAM transform and the
   * {@code Mappings} and {@code Rules} sections are read past.
   */
  static Template readForAnalysis(String text) {
    SourceTree tree = SourceTree.read(text);
    return new TemplateReader(tree, true).template();
  }

  private Template template() {
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw tree.error(
          "Template format error: the template must be a JSON object or a YAML mapping", "");
    }
    checkSections(root);
    List<ParameterDeclaration> parameters = ParameterDeclaration.readAll(tree);
    Map<String, JsonNode> conditions = conditions(root.path("Conditions"));
    List<ResourceDeclaration> resources = resources(root.path("Resources"));
    List<OutputDeclaration> outputs = outputs(root.path("Outputs"));
    List<ResourceDeclaration> ordered =
        new ReferenceCheck(tree, parameters, conditions, resources, analysis, serverless)
            .check(outputs);
    TemplateMode mode =
        !analysis
            ? TemplateMode.DEPLOY
            : serverless ? TemplateMode.ANALYSIS_SERVERLESS : TemplateMode.ANALYSIS;
    return new Template(tree, parameters, conditions, ordered, outputs, mode);
  }

  private void checkSections(JsonNode root) {
    List<String> invalid = new ArrayList<>();
    for (String section : (Iterable<String>) root::fieldNames) {
      if (analysis && readsPast(root, section)) {
        continue;
      }
      if (UNMODELLED_SECTIONS.contains(section)) {
        throw unsupported(
            "template section " + section, section, "oidc-rehearsal does not model " + section);
      }
      if (!SECTIONS.contains(section)) {
        invalid.add(section);
      }
    }
    if (!invalid.isEmpty()) {
      throw tree.error(
          "Template format error: Invalid template property or properties " + invalid,
          SourceMap.child("", invalid.get(0)));
    }
  }

  /**
   * Whether an analysis reads past {@code section}: {@code Mappings}, {@code Rules}, and with the
   * SAM transform (the only one it knows; a macro rewrites the template in ways it cannot see)
   * SAM's {@code Globals}, which apply to {@code AWS::Serverless::*} resources only.
   */
  private boolean readsPast(JsonNode root, String section) {
    if (ANALYSIS_SECTIONS.contains(section)) {
      return true;
    }
    if (section.equals("Transform")) {
      JsonNode transform = root.get(section);
      List<JsonNode> names = new ArrayList<>();
      if (transform.isArray()) {
        transform.forEach(names::add);
      } else {
        names.add(transform);
      }
      serverless =
          !names.isEmpty()
              && names.stream().allMatch(n -> n.isTextual() && n.asText().equals(SAM_TRANSFORM));
      if (!serverless) {
        throw unsupported(
            "transform " + transform,
            section,
            "a macro rewrites the template before CloudFormation reads it; oidc-rehearsal reads"
                + " templates with the transform "
                + SAM_TRANSFORM
                + " only");
      }
      return true;
    }
    return section.equals("Globals") && root.has("Transform");
  }

  /**
   * {@code Unsupported WHAT at line L, column C: WHY}, located at the top-level {@code section}.
   */
  private TemplateException unsupported(String what, String section, String why) {
    String pointer = SourceMap.child("", section);
    return tree.error(
        "Unsupported " + what + tree.locate(pointer).map(l -> " at " + l).orElse("") + ": " + why,
        pointer);
  }

  private Map<String, JsonNode> conditions(JsonNode section) {
    Map<String, JsonNode> conditions = new LinkedHashMap<>();
    if (section.isMissingNode()) {
      return conditions;
    }
    if (!section.isObject()) {
      throw tree.error(
          "Template format error: Conditions section must be an object", "/Conditions");
    }
    section.properties().forEach(entry -> conditions.put(entry.getKey(), entry.getValue()));
    return conditions;
  }

  private List<ResourceDeclaration> resources(JsonNode section) {
    if (!section.isObject() || section.isEmpty()) {
      throw tree.error(
          "Template format error: At least one Resources member must be defined.", "/Resources");
    }
    List<ResourceDeclaration> resources = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : section.properties()) {
      resources.add(resource(entry.getKey(), entry.getValue()));
    }
    return resources;
  }

  private ResourceDeclaration resource(String logicalId, JsonNode node) {
    String pointer = SourceMap.child("/Resources", logicalId);
    if (!LOGICAL_ID.matcher(logicalId).matches()) {
      throw tree.error(
          "Template format error: Resource name " + logicalId + " is non alphanumeric.", pointer);
    }
    if (!node.isObject() || !node.path("Type").isTextual()) {
      throw tree.error(
          "Template format error: Every Resources object must contain a Type member.", pointer);
    }
    for (String attribute : (Iterable<String>) node::fieldNames) {
      if (!RESOURCE_ATTRIBUTES.contains(attribute)) {
        throw tree.error(
            "Template format error: Invalid template resource property '" + attribute + "'",
            SourceMap.child(pointer, attribute));
      }
    }
    ResourceType type =
        type(node.get("Type").asText(), logicalId, SourceMap.child(pointer, "Type"));
    JsonNode properties = node.path("Properties");
    if (properties.isMissingNode()) {
      properties = JsonNodeFactory.instance.objectNode();
    } else if (!properties.isObject()) {
      throw tree.error(
          "Template format error: [" + pointer + "/Properties] Properties must be an object",
          SourceMap.child(pointer, "Properties"));
    }
    return new ResourceDeclaration(
        logicalId,
        type,
        properties,
        dependsOn(node.get("DependsOn"), SourceMap.child(pointer, "DependsOn")),
        conditionName(node.get("Condition"), SourceMap.child(pointer, "Condition")),
        pointer,
        List.of());
  }

  private ResourceType type(String name, String logicalId, String pointer) {
    Optional<ResourceType> type = ResourceTypes.of(name);
    if (type.isPresent()) {
      return type.get();
    }
    if (analysis
        && (RESOURCE_TYPE.matcher(name).matches() || CUSTOM_TYPE.matcher(name).matches())) {
      return new OpaqueType(name);
    }
    if (!RESOURCE_TYPE.matcher(name).matches()) {
      throw tree.error(
          "Template format error: Unrecognized resource types: [" + name + "]", pointer);
    }
    throw tree.error(
        "Unsupported resource type "
            + name
            + " of resource "
            + logicalId
            + tree.locate(pointer).map(l -> " at " + l).orElse("")
            + ": oidc-rehearsal models "
            + ResourceTypes.names(),
        pointer);
  }

  private List<String> dependsOn(JsonNode node, String pointer) {
    if (node == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    if (node.isTextual()) {
      names.add(node.asText());
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw tree.error(
              "Template format error: DependsOn must be a string or list of strings.", pointer);
        }
        names.add(item.asText());
      }
    } else {
      throw tree.error(
          "Template format error: DependsOn must be a string or list of strings.", pointer);
    }
    return names;
  }

  private Optional<String> conditionName(JsonNode node, String pointer) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw tree.error("Template format error: Every Condition member must be a string.", pointer);
    }
    return Optional.of(node.asText());
  }

  private List<OutputDeclaration> outputs(JsonNode section) {
    List<OutputDeclaration> outputs = new ArrayList<>();
    if (section.isMissingNode()) {
      return outputs;
    }
    if (!section.isObject()) {
      throw tree.error("Template format error: Outputs section must be an object", "/Outputs");
    }
    for (Map.Entry<String, JsonNode> entry : section.properties()) {
      String pointer = SourceMap.child("/Outputs", entry.getKey());
      JsonNode output = entry.getValue();
      if (!output.isObject() || !output.has("Value")) {
        throw tree.error(
            "Template format error: Every Outputs member must contain a Value object", pointer);
      }
      JsonNode export = output.path("Export");
      if (!export.isMissingNode() && !export.has("Name")) {
        throw tree.error(
            "Template format error: Output "
                + entry.getKey()
                + " is malformed. The Name field of"
                + " Export must not be empty",
            SourceMap.child(pointer, "Export"));
      }
      outputs.add(
          new OutputDeclaration(
              entry.getKey(),
              output.get("Value"),
              Optional.ofNullable(export.get("Name")),
              Scalars.text(output.path("Description")),
              conditionName(output.get("Condition"), SourceMap.child(pointer, "Condition")),
              pointer));
    }
    return outputs;
  }
}
