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

  private static final ContextKeys.Name FEDERATED_PROVIDER =
      ContextKeys.Name.of("aws:FederatedProvider");
  private static final ContextKeys.Name CURRENT_TIME = ContextKeys.Name.of("aws:CurrentTime");
  private static final ContextKeys.Name EPOCH_TIME = ContextKeys.Name.of("aws:EpochTime");
  private static final ContextKeys.Name ROLE_SESSION_NAME =
      ContextKeys.Name.of("sts:RoleSessionName");

  /**
   * The last provider's key names and the last second's time values: {@code rehearse check} asks
   * for the same provider and instant for every scenario. One entry each, so nothing grows; what
   * they hold depends on the provider or the instant only, never on a token.
   */
  private static volatile ProviderNames lastProvider = ProviderNames.of("", "");

  private static volatile Time lastTime = Time.of(Instant.EPOCH);

  private WebIdentityConditionKeys() {}

  /** The context keys for a token of {@code provider} presented in {@code request}. */
  public static ContextKeys of(
      OidcProvider provider, DecodedJwt token, String roleSessionName, Instant now) {
    ProviderNames names = names(provider);
    ContextKeys.Builder keys = ContextKeys.builder(names.claimKeys.size() + 4);
    for (int i = 0; i < names.claimKeys.size(); i++) {
      put(keys, names.claimKeys.get(i), token.claimNode(names.claims.get(i)));
    }
    keys.put(FEDERATED_PROVIDER, List.of(provider.arn()));
    Time time = time(now);
    keys.put(CURRENT_TIME, time.current);
    keys.put(EPOCH_TIME, time.epoch);
    keys.put(ROLE_SESSION_NAME, List.of(roleSessionName));
    return keys.build();
  }

  private static ProviderNames names(OidcProvider provider) {
    ProviderNames names = lastProvider;
    if (!names.url.equals(provider.url()) || !names.prefix.equals(provider.conditionKeyPrefix())) {
      names = ProviderNames.of(provider.url(), provider.conditionKeyPrefix());
      lastProvider = names;
    }
    return names;
  }

  private static Time time(Instant now) {
    Time time = lastTime;
    if (time.epochSecond != now.getEpochSecond()) {
      time = Time.of(now);
      lastTime = time;
    }
    return time;
  }

  /** The claims a provider exposes as keys, in order, and their key names. */
  private record ProviderNames(
      String url, String prefix, List<String> claims, List<ContextKeys.Name> claimKeys) {
    static ProviderNames of(String url, String prefix) {
      List<String> claims = new ArrayList<>(OIDC_CLAIMS);
      if (ProviderUrls.isGitHubActions(url)) {
        claims.addAll(GITHUB_CLAIMS);
      }
      List<ContextKeys.Name> keys = new ArrayList<>();
      for (String claim : claims) {
        keys.add(ContextKeys.Name.of(prefix + ":" + claim));
      }
      return new ProviderNames(url, prefix, List.copyOf(claims), List.copyOf(keys));
    }
  }

  /** {@code aws:CurrentTime} and {@code aws:EpochTime} for one second. */
  private record Time(long epochSecond, List<String> current, List<String> epoch) {
    static Time of(Instant now) {
      return new Time(
          now.getEpochSecond(),
          List.of(now.truncatedTo(ChronoUnit.SECONDS).toString()),
          List.of(Long.toString(now.getEpochSecond())));
    }
  }

  /** A claim becomes a key with one value, or several for an array ({@code aud}, {@code amr}). */
  private static void put(ContextKeys.Builder keys, ContextKeys.Name key, JsonNode claim) {
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
