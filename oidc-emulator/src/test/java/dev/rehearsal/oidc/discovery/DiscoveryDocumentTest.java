package dev.rehearsal.oidc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.github.GitHubIssuer;
import org.junit.jupiter.api.Test;

class DiscoveryDocumentTest {
  @Test
  void discoveryDocument_forAnEnterpriseIssuer_pointsJwksUnderTheSlug() throws Exception {
    // docs.github.com, "Customizing the issuer value for an enterprise": the slug is part of the
    // issuer, and so of the jwks_uri derived from it.
    String issuer = GitHubIssuer.enterprise("octocat-inc");

    JsonNode document = new ObjectMapper().readTree(DiscoveryRoutes.discoveryDocument(issuer));

    assertThat(document.get("issuer").asText())
        .isEqualTo("https://token.actions.githubusercontent.com/octocat-inc");
    assertThat(document.get("jwks_uri").asText())
        .isEqualTo("https://token.actions.githubusercontent.com/octocat-inc/.well-known/jwks");
  }

  @Test
  void claimsSupported_listsEveryClaimASubjectTemplateMayName() {
    // Each key core accepts in include_claim_keys, but the pseudo-keys, is a claim GitHub lists.
    assertThat(DiscoveryRoutes.CLAIMS_SUPPORTED)
        .containsAll(
            dev.rehearsal.core.github.SubjectTemplateValidator.SUPPORTED_CLAIM_KEYS.stream()
                .filter(key -> !key.equals("repo") && !key.equals("context"))
                .toList());
  }
}
