package dev.rehearsal.core.federation;

import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.RequestContexts;
import dev.rehearsal.core.evaluation.RequestOrigin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The request context STS builds for a web-identity call, which a trust policy's conditions test.
 *
 * <p>Provider keys are the provider URL without scheme, a colon and the claim: {@code
 * token.actions.githubusercontent.com:sub}, {@code :aud}, {@code :amr}, {@code :azp} (IAM User
 * Guide, "Available keys for AWS OIDC federation"). For GitHub's issuer AWS also exposes, since
 * January 2026, {@code actor actor_id job_workflow_ref repository repository_id workflow ref
 * environment enterprise_id} (facts.md; AWS what's-new of 2026-01). Global keys: {@code
 * aws:FederatedProvider} (the provider's ARN), {@code aws:CurrentTime}, {@code aws:EpochTime},
 * {@code aws:RequestedRegion}, {@code aws:SecureTransport} and, when the caller's address is known,
 * {@code aws:SourceIp} (formatted as {@link RequestContexts} formats them for every other request);
 * and {@code sts:RoleSessionName}.
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
  private static final ContextKeys.Name REQUESTED_REGION =
      ContextKeys.Name.of("aws:RequestedRegion");
  private static final ContextKeys.Name SECURE_TRANSPORT =
      ContextKeys.Name.of("aws:SecureTransport");
  private static final ContextKeys.Name SOURCE_IP = ContextKeys.Name.of("aws:SourceIp");
  private static final List<String> TRUE = List.of("true");
  private static final List<String> FALSE = List.of("false");

  /**
   * The last provider's key names and the last second's time values: {@code rehearse check} asks
   * for the same provider and instant for every scenario. One entry each, so nothing grows; what
   * they hold depends on the provider or the instant only, never on a token.
   */
  private static volatile ProviderNames lastProvider = ProviderNames.of("", "");

  private static volatile Time lastTime = Time.of(Instant.EPOCH);

  private WebIdentityConditionKeys() {}

  /**
   * The context keys for a token of {@code provider} presented in {@code request}: a view whose
   * values are read from the token only for the keys a policy asks about.
   */
  public static ContextKeys of(
      OidcProvider provider, DecodedJwt token, String roleSessionName, Instant now) {
    return of(
        provider,
        token,
        roleSessionName,
        RequestOrigin.https(RequestOrigin.GLOBAL_STS_REGION, now));
  }

  /** As {@link #of(OidcProvider, DecodedJwt, String, Instant)}, for a call arriving as given. */
  public static ContextKeys of(
      OidcProvider provider, DecodedJwt token, String roleSessionName, RequestOrigin origin) {
    ProviderNames names = names(provider);
    return names.schema.view(
        new Values(names, provider, token, roleSessionName, time(origin.time()), origin));
  }

  /**
   * The value of each key of a provider's schema, read when a policy asks. A class, not a capturing
   * lambda: see {@link Detail}.
   */
  private record Values(
      ProviderNames names,
      OidcProvider provider,
      DecodedJwt token,
      String roleSessionName,
      Time time,
      RequestOrigin origin)
      implements IntFunction<List<String>> {
    @Override
    public List<String> apply(int i) {
      int claims = names.claims.size();
      if (i < claims) {
        return token.claimValues(names.claims.get(i));
      }
      return switch (i - claims) {
        case 0 -> List.of(provider.arn());
        case 1 -> time.current;
        case 2 -> time.epoch;
        case 3 -> List.of(roleSessionName);
        case 4 -> List.of(origin.region());
        case 5 -> origin.secureTransport() ? TRUE : FALSE;
        default -> origin.sourceIp().map(List::of).orElse(null);
      };
    }
  }

  /**
   * The claims of a token from the provider at {@code url} that a trust policy can test, each as
   * the key {@code PROVIDER:CLAIM}: {@code sub aud amr azp}, and GitHub's own for GitHub's issuer.
   */
  public static List<String> claimKeys(String url) {
    List<String> claims = new ArrayList<>(OIDC_CLAIMS);
    if (ProviderUrls.isGitHubActions(url)) {
      claims.addAll(GITHUB_CLAIMS);
    }
    return List.copyOf(claims);
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

  /**
   * The claims a provider exposes as keys, in order, and the schema of its contexts: the claims'
   * keys, then {@code aws:FederatedProvider}, {@code aws:CurrentTime}, {@code aws:EpochTime},
   * {@code sts:RoleSessionName}, {@code aws:RequestedRegion}, {@code aws:SecureTransport}, {@code
   * aws:SourceIp}.
   */
  private record ProviderNames(
      String url, String prefix, List<String> claims, ContextKeys.Schema schema) {
    static ProviderNames of(String url, String prefix) {
      List<String> claims = claimKeys(url);
      List<ContextKeys.Name> keys = new ArrayList<>();
      for (String claim : claims) {
        keys.add(ContextKeys.Name.of(prefix + ":" + claim));
      }
      keys.addAll(
          List.of(
              FEDERATED_PROVIDER,
              CURRENT_TIME,
              EPOCH_TIME,
              ROLE_SESSION_NAME,
              REQUESTED_REGION,
              SECURE_TRANSPORT,
              SOURCE_IP));
      return new ProviderNames(url, prefix, List.copyOf(claims), ContextKeys.Schema.of(keys));
    }
  }

  /** {@code aws:CurrentTime} and {@code aws:EpochTime} for one second. */
  private record Time(long epochSecond, List<String> current, List<String> epoch) {
    static Time of(Instant now) {
      return new Time(
          now.getEpochSecond(), RequestContexts.currentTime(now), RequestContexts.epochTime(now));
    }
  }
}
