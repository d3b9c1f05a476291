package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link OidcProvider#issues} compares in place what IAM compares: the issuer without scheme. */
class OidcProviderProperties {
  @Property
  void issues_isTheUrlEqualToTheIssuerWithoutScheme(
      @ForAll("urls") String url, @ForAll("issuers") String issuer) {
    OidcProvider provider = OidcProvider.of("123456789012", url, List.of("a"), List.of());

    assertThat(provider.issues(issuer))
        .isEqualTo(
            issuer.startsWith("https://")
                && provider.url().equals(ProviderUrls.withoutScheme(issuer)));
  }

  @Provide
  Arbitrary<String> urls() {
    return Arbitraries.of(
        "https://token.actions.githubusercontent.com",
        "token.actions.githubusercontent.com/acme",
        "https://a/",
        "a");
  }

  @Provide
  Arbitrary<String> issuers() {
    Arbitrary<String> scheme = Arbitraries.of("https://", "http://", "", "https:/");
    Arbitrary<String> host =
        Arbitraries.of(
            "token.actions.githubusercontent.com",
            "token.actions.githubusercontent.com/acme",
            "token.actions.githubusercontent.co",
            "a",
            "",
            "a/");
    Arbitrary<String> slash = Arbitraries.of("", "/", "//");
    return net.jqwik.api.Combinators.combine(scheme, host, slash).as((s, h, t) -> s + h + t);
  }
}
