package dev.rehearsal.core.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a template's {@code include_claim_keys} the way GitHub's API does before storing it,
 * and normalises it the same way (each key stripped, empty keys dropped).
 *
 * <p>The checks, their order, the 400 status and the messages follow GitHub's server-side template
 * helper ({@code Api::App::OIDCTemplateHelper}, found in the public code index): empty list,
 * duplicates (case-insensitive, before stripping), JSON size over 512 characters, then keys outside
 * the supported list (after stripping, case-sensitive). GitHub's OpenAPI description adds "Each
 * claim key can only contain alphanumeric characters and underscores"; the supported-key check
 * covers that.
 */
public final class SubjectTemplateValidator {
  static final String REPOSITORY_DOCUMENTATION =
      "https://docs.github.com/rest/actions/oidc"
          + "#set-the-customization-template-for-an-oidc-subject-claim-for-a-repository";
  static final String ORGANIZATION_DOCUMENTATION =
      "https://docs.github.com/rest/actions/oidc"
          + "#set-the-customization-template-for-an-oidc-subject-claim-for-an-organization";

  /** GitHub answers every template rejection with 400 Bad Request. */
  public static final int TEMPLATE_ERROR_STATUS = 400;

  /** The largest template, counted in characters of its JSON array. */
  public static final int CLAIM_KEYS_SIZE_LIMIT = 512;

  /**
   * The keys a template may list: the token's claims (as advertised in the discovery document's
   * {@code claims_supported}, minus the time and id claims) and the pseudo-keys {@code repo} and
   * {@code context}.
   */
  public static final Set<String> SUPPORTED_CLAIM_KEYS =
      Set.of(
          "actor",
          "actor_id",
          "aud",
          "base_ref",
          "context",
          "environment",
          "environment_node_id",
          "event_name",
          "head_ref",
          "iss",
          "job_workflow_ref",
          "job_workflow_sha",
          "ref",
          "ref_type",
          "repo",
          "repository",
          "repository_id",
          "repository_owner",
          "repository_owner_id",
          "repository_visibility",
          "runner_environment",
          "run_attempt",
          "run_id",
          "run_number",
          "workflow",
          "workflow_ref",
          "workflow_sha");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubjectTemplateValidator() {}

  /**
   * The keys as GitHub stores them, or a {@link GitHubValidationException} carrying GitHub's status
   * and message and the given {@code documentation_url}.
   */
  public static List<String> validateClaimKeys(List<String> keys, String documentationUrl) {
    if (keys == null || keys.isEmpty()) {
      throw rejected("Expected a string array of claim keys, got an empty array", documentationUrl);
    }
    if (keys.stream().anyMatch(Objects::isNull)) {
      throw SubjectTemplateRequests.schemaError(
          "For 'items', null is not a string.", documentationUrl);
    }
    if (hasDuplicatesIgnoringCase(keys)) {
      throw rejected("The template has one or more duplicate claim keys", documentationUrl);
    }
    if (jsonLength(keys) > CLAIM_KEYS_SIZE_LIMIT) {
      throw rejected(
          "The template is too large, the maximum size is " + CLAIM_KEYS_SIZE_LIMIT + " characters",
          documentationUrl);
    }
    List<String> stripped = keys.stream().map(String::strip).toList();
    if (!SUPPORTED_CLAIM_KEYS.containsAll(stripped)) {
      throw rejected("The template has one or more unsupported claim keys.", documentationUrl);
    }
    return stripped.stream().filter(key -> !key.isEmpty()).toList();
  }

  private static boolean hasDuplicatesIgnoringCase(List<String> keys) {
    Set<String> seen = new HashSet<>();
    return !keys.stream().allMatch(key -> seen.add(key.toLowerCase(Locale.ROOT)));
  }

  private static int jsonLength(List<String> keys) {
    try {
      String json = JSON.writeValueAsString(keys);
      // Ruby's String#length counts characters, not UTF-16 units.
      return json.codePointCount(0, json.length());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A list of strings always serialises", e);
    }
  }

  private static GitHubValidationException rejected(String message, String documentationUrl) {
    return new GitHubValidationException(TEMPLATE_ERROR_STATUS, message, documentationUrl);
  }
}
