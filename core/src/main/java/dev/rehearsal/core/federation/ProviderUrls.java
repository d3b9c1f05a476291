package dev.rehearsal.core.federation;

/** How IAM turns an OIDC provider URL into the stored URL and the provider ARN. */
public final class ProviderUrls {
  static final String HTTPS = "https://";

  /** GitHub's issuer host; the GHEC enterprise form appends {@code /<slug>}. */
  public static final String GITHUB_HOST = "token.actions.githubusercontent.com";

  private ProviderUrls() {}

  /**
   * {@code https://host/path} → {@code host/path}; IAM stores and compares URLs so. A trailing
   * {@code /} is kept, as IAM keeps it: a provider created for {@code https://host/} is {@code
   * oidc-provider/host/} and matches only tokens whose {@code iss} is {@code https://host/}
   * (aws/aws-sam-cli#7432: provider {@code own-gitlab.com/}, GitLab's {@code iss} without the
   * slash, "No OpenIDConnect provider found"; an Auth0 provider {@code auth-dev.mozilla.auth0.com/}
   * granted a token whose {@code iss} ends with the slash, gist
   * gene1wood/54611c45a3298504f8e33d95e317ae5c).
   */
  public static String withoutScheme(String url) {
    return url.startsWith(HTTPS) ? url.substring(HTTPS.length()) : url;
  }

  /** {@code arn:aws:iam::ACCOUNT:oidc-provider/host/path}. */
  public static String arn(String accountId, String url) {
    return "arn:aws:iam::" + accountId + ":oidc-provider/" + withoutScheme(url);
  }

  /** Whether a provider URL is GitHub Actions' issuer, the enterprise-slug form included. */
  public static boolean isGitHubActions(String url) {
    String host = withoutScheme(url);
    return host.equals(GITHUB_HOST) || host.startsWith(GITHUB_HOST + "/");
  }
}
