package dev.rehearsal.core.github;

import java.util.Arrays;
import java.util.List;

/**
 * A subject ({@code sub}) customization template, as GitHub's REST API stores it for a repository
 * ({@code PUT /repos/{owner}/{repo}/actions/oidc/customization/sub}, body {@code {"use_default":
 * bool, "include_claim_keys": [...]}}).
 *
 * <p>With {@code useDefault} the keys are ignored ("If {@code true}, the {@code include_claim_keys}
 * field is ignored", REST API reference, actions/oidc) and kept empty here. Without it, an empty
 * key list means "use the organization's template if one is set, otherwise GitHub's default"
 * (docs.github.com, "OpenID Connect reference", "Configuring a repository to use an organization
 * template"); {@link SubjectTemplateSettings#effective()} resolves that.
 */
public record SubjectTemplate(boolean useDefault, List<String> includeClaimKeys) {
  public SubjectTemplate {
    includeClaimKeys = useDefault ? List.of() : List.copyOf(includeClaimKeys);
  }

  /** GitHub's default subject: {@code repo:ORG/REPO:CONTEXT}. */
  public static SubjectTemplate githubDefault() {
    return new SubjectTemplate(true, List.of());
  }

  /**
   * A custom template for a repository, validated and normalised as GitHub's API does it; throws
   * {@link GitHubValidationException} with GitHub's status and message otherwise.
   */
  public static SubjectTemplate custom(List<String> includeClaimKeys) {
    return new SubjectTemplate(
        false,
        SubjectTemplateValidator.validateClaimKeys(
            includeClaimKeys, SubjectTemplateValidator.REPOSITORY_DOCUMENTATION));
  }

  /** {@link #custom(List)} for keys written inline. */
  public static SubjectTemplate custom(String... includeClaimKeys) {
    return custom(Arrays.asList(includeClaimKeys));
  }

  /** Whether a token built with this template carries GitHub's default subject form. */
  public boolean producesDefaultForm() {
    return useDefault || includeClaimKeys.isEmpty();
  }
}
