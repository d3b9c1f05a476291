package dev.rehearsal.core.federation;

import java.util.List;
import java.util.Objects;

/**
 * An IAM OpenID Connect provider as the account holds it. {@code url} is kept as IAM returns it
 * from {@code GetOpenIDConnectProvider}: without the {@code https://} scheme (e.g. {@code
 * token.actions.githubusercontent.com}); the ARN is {@code
 * arn:aws:iam::ACCOUNT:oidc-provider/<url>} (facts.md, "IAM OIDC provider").
 */
public record OidcProvider(
    String arn, String url, List<String> clientIds, List<String> thumbprints) {
  public OidcProvider {
    Objects.requireNonNull(arn, "arn");
    url = ProviderUrls.withoutScheme(Objects.requireNonNull(url, "url"));
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
  }

  /** A provider for {@code url} in {@code accountId}, its ARN derived as IAM derives it. */
  public static OidcProvider of(
      String accountId, String url, List<String> clientIds, List<String> thumbprints) {
    return new OidcProvider(ProviderUrls.arn(accountId, url), url, clientIds, thumbprints);
  }

  /**
   * Whether a token's {@code iss} names this provider: {@code https://} and exactly the URL, a
   * trailing {@code /} included or excluded on both sides ({@link ProviderUrls#withoutScheme}).
   */
  public boolean issues(String issuer) {
    // As url.equals(ProviderUrls.withoutScheme(issuer)), compared in place: asked on every call.
    if (!issuer.startsWith(ProviderUrls.HTTPS)) {
      return false;
    }
    int start = ProviderUrls.HTTPS.length();
    int length = issuer.length() - start;
    return length == url.length() && issuer.regionMatches(start, url, 0, length);
  }

  /**
   * The prefix of the condition keys a trust policy can test for tokens of this provider: the URL
   * without scheme, e.g. {@code token.actions.githubusercontent.com} in {@code
   * token.actions.githubusercontent.com:sub} (IAM User Guide, "Available keys for AWS OIDC
   * federation").
   */
  public String conditionKeyPrefix() {
    return url;
  }
}
