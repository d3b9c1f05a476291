package dev.rehearsal.core.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads IAM policy documents into the immutable model and refuses, with IAM's own messages, every
 * document IAM would refuse: first the grammar, then the rules of {@link PolicyValidator}.
 *
 * <p>Single values become lists of one and a single {@code Statement} object a list of one, so the
 * model has one shape; {@link PolicyWriter} writes it back.
 */
public final class PolicyParser {
  /**
   * Made at the first policy given as text: a template's policies come as trees, and an
   * ObjectMapper's first construction costs tens of milliseconds of class loading (its date format
   * reads the time-zone data) that {@code rehearse check} would spend before its first scenario.
   */
  private static final class Json {
    // A duplicated key would otherwise be silently resolved to its last value, hiding what was
    // sent.
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  private PolicyParser() {}

  /**
   * Parses a policy against the grammar shared by every kind of policy.
   *
   * @throws MalformedPolicyDocumentException when IAM would refuse the document
   */
  public static PolicyDocument parse(String json) {
    return parse(json, PolicyKind.ANY);
  }

  /**
   * Parses a policy used as {@code kind}.
   *
   * @throws MalformedPolicyDocumentException when IAM would refuse the document
   */
  public static PolicyDocument parse(String json, PolicyKind kind) {
    return parse(readTree(json), kind);
  }

  /**
   * Parses a policy used as {@code kind} that must fit {@code quota}.
   *
   * @throws RehearsalException with {@code LimitExceeded} when the document is larger than the
   *     quota, as IAM answers
   * @throws MalformedPolicyDocumentException when IAM would refuse the document
   */
  public static PolicyDocument parse(String json, PolicyKind kind, SizeQuota quota) {
    JsonNode tree = readTree(json);
    requireWithin(json, quota);
    return parse(tree, kind);
  }

  /** Parses an already-read tree (e.g. a CloudFormation template's YAML) against any kind. */
  public static PolicyDocument parse(JsonNode tree) {
    return parse(tree, PolicyKind.ANY);
  }

  /**
   * Parses an already-read tree used as {@code kind}.
   *
   * @throws MalformedPolicyDocumentException when IAM would refuse the document
   */
  public static PolicyDocument parse(JsonNode tree, PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    PolicyReader.Reading reading = PolicyReader.read(tree);
    Optional<String> legacyProblem = reading.legacyProblems().stream().findFirst();
    if (legacyProblem.isPresent()) {
      throw PolicyErrors.malformed(PolicyErrors.LEGACY, legacyProblem.get());
    }
    PolicyValidator.validate(reading.document(), kind);
    return reading.document();
  }

  /**
   * Parses an already-read tree used as {@code kind} that must fit {@code quota}, measured on its
   * compact JSON form.
   */
  public static PolicyDocument parse(JsonNode tree, PolicyKind kind, SizeQuota quota) {
    Objects.requireNonNull(tree, "tree");
    requireWithin(tree.toString(), quota);
    return parse(tree, kind);
  }

  private static JsonNode readTree(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode tree = Json.MAPPER.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw PolicyErrors.syntax("The policy is empty; it must be a JSON object.");
      }
      return tree;
    } catch (JacksonException e) {
      throw PolicyErrors.syntax("The policy is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static void requireWithin(String json, SizeQuota quota) {
    Objects.requireNonNull(quota, "quota");
    int size = SizeQuota.measure(json);
    if (size > quota.maxCharacters()) {
      throw PolicyErrors.quotaExceeded(quota, size);
    }
  }
}
