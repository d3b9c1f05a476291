package dev.rehearsal.core.federation;

/** How IAM turns an OIDC provider URL into the stored URL and the provider ARN. */
public final class ProviderUrls {
  static final String HTTPS = "https://";

  /** GitHub's issuer host; the GHEC enterprise form appends {@code /<slug>}. */
  public static final String GITHUB_HOST = "token.actions.githubusercontent.com";

  private ProviderUrls() {}

  /** {@code https://host/path} → {@code host/path}; IAM stores and compares URLs so. */
  public static String withoutScheme(String url) {
    String stripped = url.startsWith(HTTPS) ? url.substring(HTTPS.length()) : url;
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
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
