package dev.rehearsal.core.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the managed resources of a plan's {@code planned_values} (modules included, recursively:
 * {@code root_module.child_modules}) with the references of their configuration's expressions
 * ({@code configuration.root_module.resources[].expressions.ATTR.references}, and {@code
 * module_calls.NAME.module} for modules), made absolute: {@code aws_iam_role.github[0].name} in
 * {@code module.github_oidc} is {@code module.github_oidc.aws_iam_role.github[0].name}.
 */
final class PlanReader {
  private final Map<String, Map<String, List<String>>> expressions = new HashMap<>();
  private final Map<String, List<String>> moduleOutputs = new HashMap<>();

  private PlanReader() {}

  static List<PlannedResource> read(JsonNode plan) {
    PlanReader reader = new PlanReader();
    reader.configuration(plan.path("configuration").path("root_module"), "");
    List<PlannedResource> resources = new ArrayList<>();
    reader.module(
        plan.path("planned_values").path("root_module"), "/planned_values/root_module", resources);
    return resources;
  }

  private void configuration(JsonNode module, String prefix) {
    for (JsonNode resource : module.path("resources")) {
      if (!resource.path("mode").asText("managed").equals("managed")) {
        continue;
      }
      Map<String, List<String>> byAttribute = new HashMap<>();
      resource
          .path("expressions")
          .properties()
          .forEach(e -> byAttribute.put(e.getKey(), absolute(e.getValue(), prefix)));
      expressions.put(qualified(prefix, resource.path("address").asText()), byAttribute);
    }
    module
        .path("outputs")
        .properties()
        .forEach(
            e ->
                moduleOutputs.put(
                    qualified(prefix, "output." + e.getKey()),
                    absolute(e.getValue().path("expression"), prefix)));
    module
        .path("module_calls")
        .properties()
        .forEach(
            call ->
                configuration(
                    call.getValue().path("module"), qualified(prefix, "module." + call.getKey())));
  }

  /** The references of one expression, each qualified by the module it is written in. */
  private List<String> absolute(JsonNode expression, String prefix) {
    List<String> references = new ArrayList<>();
    for (JsonNode reference : expression.path("references")) {
      String text = reference.asText();
      if (text.startsWith("var.") || text.startsWith("local.") || text.startsWith("count.")) {
        continue;
      }
      references.add(qualified(prefix, text));
    }
    return references;
  }

  private void module(JsonNode module, String pointer, List<PlannedResource> out) {
    String address = module.path("address").asText("");
    JsonNode resources = module.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode resource = resources.get(i);
      if (!resource.path("mode").asText().equals("managed")) {
        continue;
      }
      PlannedResource planned =
          new PlannedResource(
              resource.path("address").asText(),
              address,
              resource.path("type").asText(),
              resource.path("values"),
              SourceMap.child(SourceMap.child(pointer, "resources"), i),
              Map.of());
      out.add(
          new PlannedResource(
              planned.address(),
              planned.module(),
              planned.type(),
              planned.values(),
              planned.pointer(),
              followed(
                  expressions.getOrDefault(
                      qualified(address, planned.configAddress()), Map.of()))));
    }
    JsonNode children = module.path("child_modules");
    for (int i = 0; i < children.size(); i++) {
      module(children.get(i), SourceMap.child(SourceMap.child(pointer, "child_modules"), i), out);
    }
  }

  /** References through a module's output ({@code module.m.role_name}) followed one step in. */
  private Map<String, List<String>> followed(Map<String, List<String>> byAttribute) {
    Map<String, List<String>> out = new HashMap<>();
    byAttribute.forEach(
        (attribute, references) -> {
          List<String> all = new ArrayList<>();
          for (String reference : references) {
            all.add(reference);
            int dot = reference.lastIndexOf('.');
            if (reference.startsWith("module.") && dot > 0) {
              String output =
                  reference.substring(0, dot) + ".output." + reference.substring(dot + 1);
              all.addAll(moduleOutputs.getOrDefault(output, List.of()));
            }
          }
          out.put(attribute, all);
        });
    return out;
  }

  private static String qualified(String prefix, String address) {
    return prefix.isEmpty() ? address : prefix + "." + address;
  }
}
