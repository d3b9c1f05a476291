package dev.rehearsal.core.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * One managed resource instance of a plan's {@code planned_values}: its address ({@code
 * module.github_oidc.aws_iam_role.github[0]}), the module it is in ({@code module.github_oidc}, or
 * empty), its type, its known values, the JSON pointer of its entry in the plan, and the references
 * of each attribute's expression in the configuration ({@code aws_iam_policy.push.arn}), by which
 * an attribute known only after apply still names the resource it comes from.
 */
record PlannedResource(
    String address,
    String module,
    String type,
    JsonNode values,
    String pointer,
    Map<String, java.util.List<String>> references) {
  PlannedResource {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(pointer, "pointer");
    references = Map.copyOf(references);
  }

  /** The value of {@code attribute} when the plan knows it: a non-null, non-empty text. */
  java.util.Optional<String> text(String attribute) {
    JsonNode value = values.get(attribute);
    return value == null || value.isNull() || value.asText().isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(value.asText());
  }

  /** The address without the instance key: {@code aws_iam_role.github[0]} is {@code ...github}. */
  String configAddress() {
    String relative = module.isEmpty() ? address : address.substring(module.length() + 1);
    int bracket = relative.indexOf('[');
    return bracket < 0 ? relative : relative.substring(0, bracket);
  }
}
