package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.source.Scalars;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.cloudformation.symbol.Symbols;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A resource's resolved properties, read against its type's schema. Errors use the words of
 * CloudFormation's schema validation ({@code Properties validation failed for resource Role with
 * message: #: required key [AssumeRolePolicyDocument] not found}) and point at the template line.
 */
public final class Properties {
  private final SourceTree tree;
  private final String pointer;
  private final String logicalId;
  private final ObjectNode node;
  private final boolean symbolic;

  public Properties(SourceTree tree, String pointer, String logicalId, ObjectNode node) {
    this(tree, pointer, logicalId, node, false);
  }

  /**
   * Properties of a template read for analysis when {@code symbolic}: a value holding a symbol
   * ({@link Symbols}) stands for one not known and is not checked against the schema's patterns.
   */
  public Properties(
      SourceTree tree, String pointer, String logicalId, ObjectNode node, boolean symbolic) {
    this.tree = tree;
    this.pointer = pointer;
    this.logicalId = logicalId;
    this.node = node;
    this.symbolic = symbolic;
  }

  /** Whether {@code value} stands for a value the analysis does not know (never when deploying). */
  boolean unknown(String value) {
    return symbolic && Symbols.in(value);
  }

  public String logicalId() {
    return logicalId;
  }

  /** Refuses a key the type does not have. */
  void requireKnown(Set<String> known) {
    for (String key : (Iterable<String>) node::fieldNames) {
      if (!known.contains(key)) {
        throw invalid("#: extraneous key [" + key + "] is not permitted", key);
      }
    }
  }

  boolean has(String key) {
    return node.has(key);
  }

  Optional<String> string(String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(Scalars.text(value).orElseThrow(() -> wrongType(key, "String", value)));
  }

  String requiredString(String key) {
    return string(key).orElseThrow(() -> missing(key));
  }

  List<String> strings(String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrongType(key, "JSONArray", value);
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode item : value) {
      texts.add(
          Scalars.text(item)
              .orElseThrow(() -> wrongType(key + "/" + texts.size(), "String", item)));
    }
    return List.copyOf(texts);
  }

  OptionalInt integer(String key) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(new BigDecimal(text.get()).intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw wrongType(key, "Integer", node.get(key));
    }
  }

  Optional<Boolean> bool(String key) {
    return string(key).map(Boolean::parseBoolean);
  }

  List<JsonNode> objects(String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrongType(key, "JSONArray", value);
    }
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isObject()) {
        throw wrongType(key + "/" + items.size(), "JSONObject", item);
      }
      items.add(item);
    }
    return items;
  }

  Optional<JsonNode> object(String key) {
    JsonNode value = node.get(key);
    if (value != null && !value.isObject()) {
      throw wrongType(key, "JSONObject", value);
    }
    return Optional.ofNullable(value);
  }

  /** {@code Tags: [{Key, Value}]}, as every taggable type of this flow declares them. */
  Map<String, String> tags() {
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode tag : objects("Tags")) {
      Optional<String> key = Scalars.text(tag.path("Key"));
      Optional<String> value = Scalars.text(tag.path("Value"));
      if (key.isEmpty() || value.isEmpty()) {
        throw invalid("#/Tags: required key [Key] or [Value] not found", "Tags");
      }
      tags.put(key.get(), value.get());
    }
    return tags;
  }

  /** A policy document property, read by core's policy parser with IAM's own messages. */
  /**
   * {@link #policy}, or, for a template read for analysis, IAM's refusal of it as the document's
   * place: the caller keeps the resource and reports the refusal where it matters.
   */
  Refusable<PolicyDocument> policyOrRefusal(String key, PolicyKind kind) {
    try {
      return new Refusable<>(Optional.of(policy(key, kind)), Optional.empty());
    } catch (TemplateException e) {
      if (!symbolic || !(e.getCause() instanceof MalformedPolicyDocumentException)) {
        throw e;
      }
      return new Refusable<>(Optional.empty(), Optional.of(e));
    }
  }

  /** A value, or the template's refusal of it. */
  record Refusable<T>(Optional<T> value, Optional<TemplateException> refusal) {}

  PolicyDocument policy(String key, PolicyKind kind) {
    JsonNode document = node.get(key);
    if (document == null) {
      throw missing(key);
    }
    return parsePolicy(document, kind, key);
  }

  /** A policy document found inside another property, e.g. {@code Policies/0/PolicyDocument}. */
  PolicyDocument parsePolicy(JsonNode document, PolicyKind kind, String relativePath) {
    // CloudFormation accepts the document as an object or as a JSON string (User Guide,
    // AWS::IAM::Role "AssumeRolePolicyDocument: Type: Json").
    try {
      if (symbolic && document.isObject()) {
        return PolicyParser.parse(SymbolicPolicies.shaped(document), kind);
      }
      return document.isTextual()
          ? PolicyParser.parse(document.asText(), kind)
          : PolicyParser.parse(document, kind);
    } catch (MalformedPolicyDocumentException e) {
      // The IAM handler's failure as CloudFormation reports it on the resource.
      throw new TemplateException(
          "Resource handler returned message: \""
              + e.getMessage()
              + "\" (Service: Iam, Status Code: 400, Error Code: MalformedPolicyDocument)"
              + " for resource "
              + logicalId
              + " property "
              + relativePath,
          tree.locate(pointer + "/" + relativePath),
          e);
    }
  }

  TemplateException missing(String key) {
    return invalid("#: required key [" + key + "] not found", "");
  }

  TemplateException wrongType(String key, String expected, JsonNode found) {
    String kind =
        found.isArray()
            ? "JSONArray"
            : found.isObject() ? "JSONObject" : found.getNodeType().name();
    return invalid("#/" + key + ": expected type: " + expected + ", found: " + kind, key);
  }

  /** A property value outside its type's schema. */
  TemplateException invalid(String detail, String key) {
    return new TemplateException(
        "Properties validation failed for resource " + logicalId + " with message: " + detail,
        tree.locate(key.isEmpty() ? pointer : pointer + "/" + key));
  }
}
