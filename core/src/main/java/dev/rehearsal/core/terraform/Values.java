package dev.rehearsal.core.terraform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template value of a planned attribute: the plan's value when it knows it; else {@code Ref} or
 * {@code Fn::GetAtt} of the flow resource the configuration's expression references; else a {@code
 * Ref} to an opaque {@code Terraform::Plan::KnownAfterApply} resource, whose symbol names the
 * address and attribute.
 */
final class Values {
  static final String KNOWN_AFTER_APPLY = "Terraform::Plan::KnownAfterApply";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<PlannedResource> resources;
  private final Map<String, String> byAddress;
  private final ObjectNode section;

  Values(List<PlannedResource> resources, Map<String, String> byAddress, ObjectNode section) {
    this.resources = resources;
    this.byAddress = byAddress;
    this.section = section;
  }

  /** The attribute as text, followed through references, or a symbol. */
  JsonNode text(PlannedResource resource, String attribute) {
    Optional<String> known = resource.text(attribute);
    if (known.isPresent()) {
      return NODES.textNode(known.get());
    }
    return referenced(resource, attribute).orElseGet(() -> unknown(resource, attribute));
  }

  /** The flow resource an attribute's expression references, as a template reference. */
  Optional<JsonNode> referenced(PlannedResource resource, String attribute) {
    for (String reference : resource.references().getOrDefault(attribute, List.of())) {
      int dot = reference.lastIndexOf('.');
      if (dot < 0) {
        continue;
      }
      String target = reference.substring(0, dot);
      String read = reference.substring(dot + 1);
      Optional<PlannedResource> found = find(target);
      if (found.isPresent()) {
        String id = byAddress.get(found.get().address());
        return Optional.of(TerraformTypes.reference(found.get().type(), id, read));
      }
    }
    return Optional.empty();
  }

  /** The addresses an attribute's expression references, for a message. */
  List<String> references(PlannedResource resource, String attribute) {
    return resource.references().getOrDefault(attribute, List.of());
  }

  /** A JSON policy attribute as an object, or empty when the plan does not know it. */
  Optional<JsonNode> policy(PlannedResource resource, String attribute) {
    Optional<String> text = resource.text(attribute);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(text.get()));
    } catch (JsonProcessingException e) {
      throw new TemplateException(
          resource.address() + ": " + attribute + " is not JSON: " + e.getOriginalMessage());
    }
  }

  /** A policy given as JSON text inside a block ({@code inline_policy.policy}). */
  JsonNode policyText(String text, PlannedResource resource) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new TemplateException(
          resource.address() + ": inline_policy is not JSON: " + e.getOriginalMessage());
    }
  }

  private Optional<PlannedResource> find(String target) {
    for (PlannedResource candidate : resources) {
      if (!byAddress.containsKey(candidate.address())) {
        continue;
      }
      String withoutKey =
          (candidate.module().isEmpty() ? "" : candidate.module() + ".")
              + candidate.configAddress();
      if (candidate.address().equals(target) || withoutKey.equals(target)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private JsonNode unknown(PlannedResource resource, String attribute) {
    String id =
        "KnownAfterApply"
            + byAddress.getOrDefault(resource.address(), "Resource")
            + attribute.replaceAll("[^A-Za-z0-9]", "");
    section.putObject(id).put("Type", KNOWN_AFTER_APPLY);
    return NODES.objectNode().put("Ref", id);
  }
}
