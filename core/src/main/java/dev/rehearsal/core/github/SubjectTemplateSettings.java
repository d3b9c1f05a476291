package dev.rehearsal.core.github;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The subject templates configured for a repository and its organization, and which one GitHub
 * applies to a token.
 *
 * <p>Precedence (docs.github.com, "OpenID Connect reference", "Customizing the subject claims for
 * an organization or repository"; the {@code use_default} table of the Pulumi/Terraform GitHub
 * provider's ActionsRepositoryOidcSubjectClaimCustomizationTemplate):
 *
 * <ul>
 *   <li>repository never configured: GitHub's default; an organization template "will not affect
 *       any workflows ... unless their repository has opted in";
 *   <li>repository {@code use_default: true}: GitHub's default;
 *   <li>repository {@code use_default: false} with keys: the repository's keys;
 *   <li>repository {@code use_default: false} without keys: the organization's template if one is
 *       set, otherwise GitHub's default.
 * </ul>
 *
 * @param repository the repository's setting; empty when it was never set
 * @param organizationClaimKeys the organization's {@code include_claim_keys}; empty when none
 */
public record SubjectTemplateSettings(
    Optional<SubjectTemplate> repository, Optional<List<String>> organizationClaimKeys) {
  public SubjectTemplateSettings {
    Objects.requireNonNull(repository, "repository");
    organizationClaimKeys = organizationClaimKeys.map(List::copyOf);
  }

  /** Neither level configured. */
  public static SubjectTemplateSettings none() {
    return new SubjectTemplateSettings(Optional.empty(), Optional.empty());
  }

  /** The template GitHub uses for this repository's tokens. */
  public SubjectTemplate effective() {
    if (repository.isEmpty() || repository.get().useDefault()) {
      return SubjectTemplate.githubDefault();
    }
    if (!repository.get().includeClaimKeys().isEmpty()) {
      return repository.get();
    }
    return organizationClaimKeys
        .<SubjectTemplate>map(keys -> new SubjectTemplate(false, keys))
        .orElse(SubjectTemplate.githubDefault());
  }
}
