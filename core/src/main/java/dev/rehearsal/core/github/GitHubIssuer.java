package dev.rehearsal.core.github;

import java.util.regex.Pattern;

/**
 * The {@code iss} values GitHub's OIDC provider uses (docs.github.com, "OpenID Connect reference").
 */
public final class GitHubIssuer {
  /** github.com. */
  public static final String DEFAULT = "https://token.actions.githubusercontent.com";

  // Enterprise slugs: lowercase alphanumerics and hyphens (the slug in
  // github.com/enterprises/SLUG).
  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
  private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9.-]+(?::[0-9]{1,5})?");

  private GitHubIssuer() {}

  /**
   * GitHub Enterprise Cloud with {@code include_enterprise_slug}: {@code
   * https://token.actions.githubusercontent.com/<enterpriseSlug>} ("Customizing the issuer value
   * for an enterprise").
   */
  public static String enterprise(String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw GitHubValidationException.invalidInput(
          "enterprise slug", slug, "lowercase letters, digits and inner hyphens, e.g. octocat-inc");
    }
    return DEFAULT + "/" + slug;
  }

  /** GitHub Enterprise Server: {@code https://HOSTNAME/_services/token}. */
  public static String server(String hostname) {
    if (hostname == null || !HOSTNAME.matcher(hostname).matches()) {
      throw GitHubValidationException.invalidInput(
          "GitHub Enterprise Server hostname", hostname, "a host name such as github.example.com");
    }
    return "https://" + hostname + "/_services/token";
  }
}
