package dev.rehearsal.aws.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.Capabilities;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.parameter.ParameterDeclaration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ValidateTemplate} and {@code GetTemplateSummary} tell of a template: its parameters,
 * description, the capability it needs and why, and its resource types.
 */
record TemplateSummary(
    List<Parameter> parameters,
    String description,
    Optional<String> capability,
    String capabilityReason,
    List<String> resourceTypes) {

  /** A declared parameter (botocore {@code ParameterDeclaration} / {@code TemplateParameter}). */
  record Parameter(
      String key,
      String type,
      String defaultValue,
      boolean noEcho,
      String description,
      List<String> allowedValues) {}

  static TemplateSummary of(Template template) {
    JsonNode root = template.source().root();
    List<Parameter> parameters =
        template.parameters().stream().map(p -> parameter(p, root.path("Parameters"))).toList();
    Optional<String> capability = Capabilities.required(template);
    String reason =
        capability
            .map(
                c ->
                    "The following resource(s) require capabilities: "
                        + Capabilities.iamResourceTypes(template))
            .orElse(null);
    LinkedHashSet<String> types = new LinkedHashSet<>();
    template.resources().forEach(r -> types.add(r.type().name()));
    return new TemplateSummary(
        parameters, text(root.path("Description")), capability, reason, List.copyOf(types));
  }

  private static Parameter parameter(ParameterDeclaration declaration, JsonNode section) {
    JsonNode written = section.path(declaration.name());
    return new Parameter(
        declaration.name(),
        text(written.path("Type")),
        declaration.defaultValue().orElse(null),
        declaration.noEcho(),
        text(written.path("Description")),
        declaration.allowedValues());
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : null;
  }
}
