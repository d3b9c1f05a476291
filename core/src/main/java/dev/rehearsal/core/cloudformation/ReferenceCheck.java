package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.intrinsic.Reference;
import dev.rehearsal.core.cloudformation.intrinsic.References;
import dev.rehearsal.core.cloudformation.parameter.ParameterDeclaration;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks, before any value is known, that every name a template refers to exists — as {@code
 * ValidateTemplate} does — and orders the resources by their references (User Guide, "DependsOn
 * attribute"). Messages are CloudFormation's: {@code Template format error: Unresolved resource
 * dependencies [X] in the Resources block of the template}, {@code Template error: instance of
 * Fn::GetAtt references undefined resource X}, {@code Circular dependency between resources: [A,
 * B]}.
 */
final class ReferenceCheck {
  private final SourceTree tree;
  private final Set<String> parameters;
  private final Map<String, JsonNode> conditions;
  private final Map<String, ResourceDeclaration> resources = new LinkedHashMap<>();
  private final boolean analysis;
  private final boolean serverless;

  /**
   * A check for a template read for {@code analysis} lets functions it does not evaluate pass, and
   * with the SAM transform ({@code serverless}) names no declared resource defines: the transform
   * generates them (SAM Developer Guide, "Generated AWS CloudFormation resources", e.g. {@code
   * MyFunctionRole}).
   */
  ReferenceCheck(
      SourceTree tree,
      List<ParameterDeclaration> parameters,
      Map<String, JsonNode> conditions,
      List<ResourceDeclaration> resources,
      boolean analysis,
      boolean serverless) {
    this.analysis = analysis;
    this.serverless = serverless;
    this.tree = tree;
    this.parameters =
        parameters.stream().map(ParameterDeclaration::name).collect(Collectors.toSet());
    this.conditions = conditions;
    resources.forEach(resource -> this.resources.put(resource.logicalId(), resource));
  }

  /** Checks every section and returns the resources in creation order. */
  List<ResourceDeclaration> check(List<OutputDeclaration> outputs) {
    checkConditions();
    DependencyGraph graph = new DependencyGraph(tree);
    Unresolved unresolved = new Unresolved("Resources");
    for (ResourceDeclaration resource : resources.values()) {
      graph.add(resource.logicalId(), resource.pointer());
      resource
          .condition()
          .ifPresent(name -> requireCondition(name, resource.pointer(), "Resources"));
      for (String dependency : resource.dependsOn()) {
        if (resources.containsKey(dependency)) {
          graph.depend(resource.logicalId(), dependency);
        } else {
          unresolved.add(dependency, SourceMap.child(resource.pointer(), "DependsOn"));
        }
      }
      for (Reference reference :
          References.inValue(tree, resource.properties(), resource.propertiesPointer(), analysis)) {
        String target = value(reference, unresolved);
        if (target != null) {
          graph.depend(resource.logicalId(), target);
        }
      }
    }
    unresolved.throwIfAny();
    checkOutputs(outputs);
    List<ResourceDeclaration> ordered = new ArrayList<>();
    for (String logicalId : graph.order("resources")) {
      ordered.add(
          resources.get(logicalId).withRequires(List.copyOf(graph.dependencies(logicalId))));
    }
    return ordered;
  }

  /** Checks one reference of a value; returns the resource it depends on, if any. */
  private String value(Reference reference, Unresolved unresolved) {
    String target = reference.target();
    switch (reference.kind()) {
      case CONDITION -> {
        if (!conditions.containsKey(target)) {
          throw tree.error(
              "Template error: unresolved condition dependency " + target + " in Fn::If",
              reference.pointer());
        }
        return null;
      }
      case GET_ATT -> {
        ResourceDeclaration resource = resources.get(target);
        if (resource == null && serverless) {
          return null;
        }
        if (resource == null) {
          throw tree.error(
              "Template error: instance of Fn::GetAtt references undefined resource " + target,
              reference.pointer());
        }
        String attribute = reference.attribute().orElse("");
        if (!resource.type().hasAttribute(attribute)) {
          throw tree.error(
              "Template error: resource "
                  + target
                  + " does not support attribute type "
                  + attribute
                  + " in Fn::GetAtt",
              reference.pointer());
        }
        return target;
      }
      default -> {
        if (resources.containsKey(target)) {
          return target;
        }
        if (!parameters.contains(target)
            && !PseudoParameters.NAMES.contains(target)
            && !serverless) {
          unresolved.add(target, reference.pointer());
        }
        return null;
      }
    }
  }

  private void checkOutputs(List<OutputDeclaration> outputs) {
    Unresolved unresolved = new Unresolved("Outputs");
    for (OutputDeclaration output : outputs) {
      output.condition().ifPresent(name -> requireCondition(name, output.pointer(), "Outputs"));
      List<Reference> references = new ArrayList<>();
      references.addAll(
          References.inValue(tree, output.value(), output.pointer() + "/Value", analysis));
      output
          .exportName()
          .ifPresent(
              name ->
                  references.addAll(
                      References.inValue(tree, name, output.pointer() + "/Export/Name", analysis)));
      references.forEach(reference -> value(reference, unresolved));
    }
    unresolved.throwIfAny();
  }

  /** Conditions may refer to parameters and other conditions, never to resources. */
  private void checkConditions() {
    DependencyGraph graph = new DependencyGraph(tree);
    Unresolved unresolved = new Unresolved("Conditions");
    for (Map.Entry<String, JsonNode> condition : conditions.entrySet()) {
      String pointer = SourceMap.child("/Conditions", condition.getKey());
      graph.add(condition.getKey(), pointer);
      for (Reference reference :
          References.inCondition(tree, condition.getValue(), pointer, analysis)) {
        String target = reference.target();
        if (reference.kind() == Reference.Kind.CONDITION) {
          requireCondition(target, reference.pointer(), "Conditions");
          graph.depend(condition.getKey(), target);
        } else if (resources.containsKey(target)) {
          throw tree.error(
              "Template format error: Unresolved dependencies ["
                  + target
                  + "]. Cannot reference resources in the Conditions block of the template",
              reference.pointer());
        } else if (!parameters.contains(target) && !PseudoParameters.NAMES.contains(target)) {
          unresolved.add(target, reference.pointer());
        }
      }
    }
    unresolved.throwIfAny();
    graph.order("conditions");
  }

  private void requireCondition(String name, String pointer, String block) {
    if (!conditions.containsKey(name)) {
      throw tree.error(
          "Template format error: Unresolved condition dependencies ["
              + name
              + "] in the "
              + block
              + " block of the template",
          pointer);
    }
  }

  /** Names no section declares, reported together as CloudFormation does. */
  private final class Unresolved {
    private final String block;
    private final Set<String> names = new LinkedHashSet<>();
    private String firstPointer;

    Unresolved(String block) {
      this.block = block;
    }

    void add(String name, String pointer) {
      if (names.add(name) && firstPointer == null) {
        firstPointer = pointer;
      }
    }

    void throwIfAny() throws TemplateException {
      if (!names.isEmpty()) {
        throw tree.error(
            "Template format error: Unresolved resource dependencies "
                + names.stream().collect(Collectors.joining(", ", "[", "]"))
                + " in the "
                + block
                + " block of the template",
            firstPointer);
      }
    }
  }
}
