package dev.rehearsal.core.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON bodies of GitHub's two {@code PUT .../actions/oidc/customization/sub} endpoints
 * the way GitHub does: first against the OpenAPI schema (422 Unprocessable Entity, "Invalid
 * request."), then through {@link SubjectTemplateValidator} (400 Bad Request).
 *
 * <p>The repository endpoint validates the keys only when {@code use_default} is false and the list
 * is not empty: {@code {"use_default": false}} alone opts the repository in to its organization's
 * template (docs.github.com, "OpenID Connect reference"). The organization endpoint always
 * validates, so an empty list there is refused.
 */
public final class SubjectTemplateRequests {
  /** GitHub's status for a body that does not match the endpoint's schema. */
  public static final int SCHEMA_ERROR_STATUS = 422;

  private SubjectTemplateRequests() {}

  /** {@code PUT /repos/{owner}/{repo}/actions/oidc/customization/sub}. */
  public static SubjectTemplate repository(JsonNode body) {
    String docs = SubjectTemplateValidator.REPOSITORY_DOCUMENTATION;
    requireObject(body, docs);
    JsonNode useDefault = body.get("use_default");
    if (useDefault == null) {
      throw schemaError("\"use_default\" wasn't supplied.", docs);
    }
    if (!useDefault.isBoolean()) {
      throw schemaError("For 'properties/use_default', " + useDefault + " is not a boolean.", docs);
    }
    List<String> keys = body.has("include_claim_keys") ? claimKeys(body, docs) : List.of();
    if (useDefault.booleanValue() || keys.isEmpty()) {
      return new SubjectTemplate(useDefault.booleanValue(), List.of());
    }
    return new SubjectTemplate(false, SubjectTemplateValidator.validateClaimKeys(keys, docs));
  }

  /** {@code PUT /orgs/{org}/actions/oidc/customization/sub}: the organization's claim keys. */
  public static List<String> organization(JsonNode body) {
    String docs = SubjectTemplateValidator.ORGANIZATION_DOCUMENTATION;
    requireObject(body, docs);
    if (!body.has("include_claim_keys")) {
      throw schemaError("\"include_claim_keys\" wasn't supplied.", docs);
    }
    return SubjectTemplateValidator.validateClaimKeys(claimKeys(body, docs), docs);
  }

  static GitHubValidationException schemaError(String detail, String documentationUrl) {
    return new GitHubValidationException(
        SCHEMA_ERROR_STATUS, "Invalid request.\n\n" + detail, documentationUrl);
  }

  private static void requireObject(JsonNode body, String docs) {
    // GitHub's REST docs ("Troubleshooting", client errors): a body that is not the expected JSON
    // is answered 400 "Problems parsing JSON".
    if (body == null || !body.isObject()) {
      throw new GitHubValidationException(400, "Problems parsing JSON", docs);
    }
  }

  private static List<String> claimKeys(JsonNode body, String docs) {
    JsonNode keys = body.get("include_claim_keys");
    if (!keys.isArray()) {
      throw schemaError("For 'properties/include_claim_keys', " + keys + " is not an array.", docs);
    }
    List<String> values = new ArrayList<>();
    for (JsonNode key : keys) {
      if (!key.isTextual()) {
        throw schemaError("For 'items', " + key + " is not a string.", docs);
      }
      values.add(key.textValue());
    }
    return values;
  }
}
