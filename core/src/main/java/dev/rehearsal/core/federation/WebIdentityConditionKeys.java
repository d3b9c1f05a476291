package dev.rehearsal.core.federation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.evaluation.ContextKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The request context STS builds for a web-identity call, which a trust policy's conditions test.
 *
 * <p>Provider keys are the provider URL without scheme, a colon and the claim: {@code
 * token.actions.githubusercontent.com:sub}, {@code :aud}, {@code :amr}, {@code :azp} (IAM User
 * Guide, "Available keys for AWS OIDC federation"). For GitHub's issuer AWS also exposes, since
 * January 2026, {@code actor actor_id job_workflow_ref repository repository_id workflow ref
 * environment enterprise_id} (facts.md; AWS what's-new of 2026-01). Global keys: {@code
 * aws:FederatedProvider} (the provider's ARN), {@code aws:CurrentTime}, {@code aws:EpochTime}; and
 * {@code sts:RoleSessionName}.
 */
public final class WebIdentityConditionKeys {
  private static final List<String> OIDC_CLAIMS = List.of("sub", "aud", "amr", "azp");
  private static final List<String> GITHUB_CLAIMS =
      List.of(
          "actor",
          "actor_id",
          "job_workflow_ref",
          "repository",
          "repository_id",
          "repository_owner_id",
          "workflow",
          "ref",
          "environment",
          "enterprise_id");

  private WebIdentityConditionKeys() {}

  /** The context keys for a token of {@code provider} presented in {@code request}. */
  public static ContextKeys of(
      OidcProvider provider, DecodedJwt token, String roleSessionName, Instant now) {
    ContextKeys.Builder keys = ContextKeys.builder();
    String prefix = provider.conditionKeyPrefix() + ":";
    for (String claim : OIDC_CLAIMS) {
      put(keys, prefix + claim, token.claim(claim).orElse(null));
    }
    if (ProviderUrls.isGitHubActions(provider.url())) {
      for (String claim : GITHUB_CLAIMS) {
        put(keys, prefix + claim, token.claim(claim).orElse(null));
      }
    }
    keys.put("aws:FederatedProvider", List.of(provider.arn()));
    keys.put("aws:CurrentTime", List.of(now.truncatedTo(ChronoUnit.SECONDS).toString()));
    keys.put("aws:EpochTime", List.of(Long.toString(now.getEpochSecond())));
    keys.put("sts:RoleSessionName", List.of(roleSessionName));
    return keys.build();
  }

  /** A claim becomes a key with one value, or several for an array ({@code aud}, {@code amr}). */
  private static void put(ContextKeys.Builder keys, String key, JsonNode claim) {
    if (claim == null || claim.isNull() || claim.isObject()) {
      return;
    }
    if (!claim.isArray()) {
      keys.put(key, List.of(claim.asText()));
      return;
    }
    List<String> values = new ArrayList<>();
    claim.forEach(v -> values.add(v.asText()));
    keys.put(key, values);
  }
}
