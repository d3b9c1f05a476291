package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.parameter.ParameterDeclaration;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A CloudFormation template, read and checked once, ready to be resolved for any number of stacks:
 * {@code Template.parse(text).resolve(settings)}. Parsing does everything that does not depend on
 * parameter values — the text, the sections, the references, the creation order — so resolving is
 * cheap to repeat.
 */
public final class Template {
  private final SourceTree source;
  private final List<ParameterDeclaration> parameters;
  private final Map<String, JsonNode> conditions;
  private final List<ResourceDeclaration> resources;
  private final List<OutputDeclaration> outputs;
  private final TemplateMode mode;

  Template(
      SourceTree source,
      List<ParameterDeclaration> parameters,
      Map<String, JsonNode> conditions,
      List<ResourceDeclaration> resources,
      List<OutputDeclaration> outputs,
      TemplateMode mode) {
    this.mode = mode;
    this.source = source;
    this.parameters = List.copyOf(parameters);
    this.conditions = new LinkedHashMap<>(conditions);
    this.resources = List.copyOf(resources);
    this.outputs = List.copyOf(outputs);
  }

  /**
   * Reads a template in JSON or YAML.
   *
   * @throws TemplateException ({@code ValidationError}) when CloudFormation would refuse the
   *     template or it uses something this rehearsal does not model
   */
  public static Template parse(String text) {
    Objects.requireNonNull(text, "text");
    return TemplateReader.read(text);
  }

  /**
   * Reads any template to analyse its roles, as a linter does (cfn-lint, Checkov), never to deploy
   * it: a resource of a type outside the flow is opaque (its properties are not interpreted; {@code
   * Ref} and {@code Fn::GetAtt} to it give the symbols {@code {{Id}}} and {@code
   * {{Id.Attribute}}}), the {@code AWS::Serverless-2016-10-31} transform and the {@code Mappings}
   * and {@code Rules} sections are read past. Resolving such a template gives each parameter
   * without a value, and each function not evaluated, a symbol too; {@link
   * ResolvedStack#unresolved()} names them all.
   *
   * @throws TemplateException ({@code ValidationError}) when CloudFormation would refuse the
   *     template, or it uses a transform other than SAM's
   */
  public static Template parseForAnalysis(String text) {
    Objects.requireNonNull(text, "text");
    return TemplateReader.readForAnalysis(text);
  }

  /** Whether the template was read by {@link #parseForAnalysis}: it cannot be deployed. */
  public boolean forAnalysis() {
    return mode.analysis();
  }

  TemplateMode mode() {
    return mode;
  }

  /**
   * Resolves the template for one stack: parameter values, conditions, every resource in creation
   * order with its physical id and attributes, and the outputs.
   *
   * @throws TemplateException ({@code ValidationError}) when a parameter is missing or not allowed,
   *     an intrinsic function is misused, or a resource's properties are invalid
   */
  public ResolvedStack resolve(StackSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return resolve(settings, Map.of());
  }

  /**
   * Resolves the template for a stack whose resources {@code deployed} exist already: a {@code Ref}
   * or {@code Fn::GetAtt} to one of them reads its physical id and attributes as its service gave
   * them. This is how a plan compares a template with a stack, and how an executor resolves each
   * resource once those it needs are applied.
   */
  public ResolvedStack resolve(StackSettings settings, Map<String, DeployedResource> deployed) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(deployed, "deployed");
    return new StackResolver(this, settings, deployed).resolve();
  }

  public SourceTree source() {
    return source;
  }

  public List<ParameterDeclaration> parameters() {
    return parameters;
  }

  /** The conditions by name, in template order, as written (copies). */
  public Map<String, JsonNode> conditions() {
    Map<String, JsonNode> copies = new LinkedHashMap<>();
    conditions.forEach((name, condition) -> copies.put(name, condition.deepCopy()));
    return copies;
  }

  /** The condition named {@code name} as written, without copying; null when there is none. */
  JsonNode condition(String name) {
    return conditions.get(name);
  }

  /** The names of the conditions, in template order. */
  Set<String> conditionNames() {
    return Collections.unmodifiableSet(conditions.keySet());
  }

  /** The resources in creation order. */
  public List<ResourceDeclaration> resources() {
    return resources;
  }

  public List<OutputDeclaration> outputs() {
    return outputs;
  }
}
