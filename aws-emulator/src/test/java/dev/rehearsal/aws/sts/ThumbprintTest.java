package dev.rehearsal.aws.sts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.StsErrors;
import dev.rehearsal.aws.support.TestIssuer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The provider thumbprint rule since 2023-07-06 (facts.md): GitHub's issuer is trusted through a
 * root CA and its thumbprints are ignored (the seed's real GitHub thumbprint does not match the
 * test CA, yet the seed flow works); any other issuer's top intermediate must be listed.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class ThumbprintTest {
  private static final String ROLE = "OtherIdpRole";

  @Test
  void assume_whenIssuerNotTrustedAndThumbprintWrong_thenRight() throws Exception {
    TestIssuer other = EmulatorResource.other();
    String providerArn =
        "arn:aws:iam::000000000000:oidc-provider/" + other.issuer().substring("https://".length());
    try (var iam = Clients.iam(Clients.ROOT)) {
      iam.createOpenIDConnectProvider(
          r ->
              r.url(other.issuer())
                  .clientIDList("sts.amazonaws.com")
                  .thumbprintList("0".repeat(40)));
      iam.createRole(
          r ->
              r.roleName(ROLE)
                  .assumeRolePolicyDocument(
                      """
                      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                       "Principal":{"Federated":"%s"},"Action":"sts:AssumeRoleWithWebIdentity",
                       "Condition":{"StringEquals":{"oidc.example.com/tenant:aud":"sts.amazonaws.com"}}}]}
                      """
                          .formatted(providerArn)));
      String token = other.token("acme/app");
      Runnable assume =
          () -> {
            try (var sts = Clients.anonymousSts()) {
              sts.assumeRoleWithWebIdentity(
                  r ->
                      r.roleArn("arn:aws:iam::000000000000:role/" + ROLE)
                          .roleSessionName("other")
                          .webIdentityToken(token));
            }
          };

      StsErrors.assertRefused(
          assume,
          400,
          "InvalidIdentityToken",
          "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint");

      iam.updateOpenIDConnectProviderThumbprint(
          r -> r.openIDConnectProviderArn(providerArn).thumbprintList(other.thumbprint()));
      assume.run();
      assertThat(iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(providerArn)).url())
          .isEqualTo("oidc.example.com/tenant");
    }
  }
}
