package dev.rehearsal.core.policy;

import static dev.rehearsal.core.policy.PolicyErrors.describe;
import static dev.rehearsal.core.policy.PolicyErrors.quote;
import static dev.rehearsal.core.policy.PolicyErrors.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a JSON tree into the policy model, refusing what the grammar does not allow with IAM's
 * {@code Syntax errors in policy.} (IAM User Guide, "Grammar of the IAM JSON policy language").
 *
 * <p>An {@code Effect} in the wrong case passes the grammar, which IAM reads case-insensitively,
 * but fails IAM's later "legacy" parse, which is case-sensitive; IAM reports a syntax error
 * anywhere in the document before it, so the reader notes it and reads on.
 */
final class PolicyReader {
  private static final Set<String> DOCUMENT_FIELDS = orderedSet("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_FIELDS =
      orderedSet(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");
  private static final Set<String> VERSIONS =
      orderedSet(PolicyDocument.VERSION_2012, PolicyDocument.VERSION_2008);

  private final List<String> legacyProblems = new ArrayList<>();

  /** The document read, and what IAM's legacy parse would refuse in it. */
  record Reading(PolicyDocument document, List<String> legacyProblems) {}

  static Reading read(JsonNode root) {
    PolicyReader reader = new PolicyReader();
    PolicyDocument document = reader.document(root);
    return new Reading(document, List.copyOf(reader.legacyProblems));
  }

  private PolicyDocument document(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw syntax("A policy must be a JSON object, got " + describe(root) + ".");
    }
    JsonElements.requireKnownFields(root, DOCUMENT_FIELDS, "the policy");
    Optional<String> version = JsonElements.optionalString(root, "Version", "Version");
    if (version.isPresent() && !VERSIONS.contains(version.get())) {
      throw syntax(
          "Version "
              + quote(version.get())
              + " is not a policy language version; use \"2012-10-17\" (or the older"
              + " \"2008-10-17\").");
    }
    Optional<String> id = JsonElements.optionalString(root, "Id", "Id");
    return new PolicyDocument(version, id, statements(root.get("Statement")));
  }

  private List<Statement> statements(JsonNode node) {
    if (node == null) {
      throw syntax("The policy has no Statement; it needs one statement or a list of them.");
    }
    if (node.isObject()) {
      return List.of(statement(node, "Statement[0]"));
    }
    if (!node.isArray() || node.isEmpty()) {
      throw syntax(
          "Statement must be a statement object or a non-empty list of them, got "
              + (node.isArray() ? "an empty list" : describe(node))
              + ".");
    }
    List<Statement> statements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      statements.add(statement(node.get(i), "Statement[" + i + "]"));
    }
    return statements;
  }

  private Statement statement(JsonNode node, String path) {
    if (!node.isObject()) {
      throw syntax(path + " must be an object, got " + describe(node) + ".");
    }
    JsonElements.requireKnownFields(node, STATEMENT_FIELDS, path);
    JsonElements.requireAtMostOne(node, "Principal", "NotPrincipal", path);
    JsonElements.requireAtMostOne(node, "Action", "NotAction", path);
    JsonElements.requireAtMostOne(node, "Resource", "NotResource", path);
    Optional<String> sid = JsonElements.optionalString(node, "Sid", path + ".Sid");
    Effect effect = effect(node.get("Effect"), path + ".Effect");
    Optional<PrincipalElement> principal = principal(node, path);
    // A statement without actions is valid grammar; the validator answers it as IAM does.
    PatternElement action =
        patterns(node, "Action", "NotAction", path).orElse(new PatternElement(false, List.of()));
    Optional<PatternElement> resource = patterns(node, "Resource", "NotResource", path);
    List<Condition> conditions =
        node.has("Condition")
            ? ConditionReader.read(node.get("Condition"), path + ".Condition")
            : List.of();
    return new Statement(sid, effect, principal, action, resource, conditions);
  }

  private Effect effect(JsonNode value, String path) {
    if (value == null) {
      throw syntax(path + " is missing; every statement needs \"Effect\": \"Allow\" or \"Deny\".");
    }
    for (Effect effect : Effect.values()) {
      if (value.isTextual() && value.asText().equals(effect.json())) {
        return effect;
      }
      if (value.isTextual() && value.asText().equalsIgnoreCase(effect.json())) {
        legacyProblems.add(
            path
                + " is "
                + quote(value.asText())
                + "; write it exactly \""
                + effect.json()
                + "\".");
        return effect;
      }
    }
    throw syntax(path + " must be \"Allow\" or \"Deny\", got " + describe(value) + ".");
  }

  private static Optional<PrincipalElement> principal(JsonNode statement, String path) {
    if (statement.has("Principal")) {
      return Optional.of(
          PrincipalReader.read(statement.get("Principal"), false, path + ".Principal"));
    }
    if (statement.has("NotPrincipal")) {
      return Optional.of(
          PrincipalReader.read(statement.get("NotPrincipal"), true, path + ".NotPrincipal"));
    }
    return Optional.empty();
  }

  private static Optional<PatternElement> patterns(
      JsonNode statement, String field, String negated, String path) {
    if (statement.has(field)) {
      return Optional.of(
          new PatternElement(
              false, JsonElements.stringOrList(statement.get(field), path + "." + field)));
    }
    if (statement.has(negated)) {
      return Optional.of(
          new PatternElement(
              true, JsonElements.stringOrList(statement.get(negated), path + "." + negated)));
    }
    return Optional.empty();
  }

  private static Set<String> orderedSet(String... values) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
  }
}
