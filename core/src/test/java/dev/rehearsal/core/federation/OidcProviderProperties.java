package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link OidcProvider#issues} compares in place what IAM compares: the issuer without scheme. */
class OidcProviderProperties {
  private static final List<String> URLS =
      List.of(
          "https://token.actions.githubusercontent.com",
          "token.actions.githubusercontent.com/acme",
          "https://a/",
          "a");
  private static final List<String> SCHEMES = List.of("https://", "http://", "", "https:/");
  private static final List<String> HOSTS =
      List.of(
          "token.actions.githubusercontent.com",
          "token.actions.githubusercontent.com/acme",
          "token.actions.githubusercontent.co",
          "a",
          "",
          "a/");
  private static final List<String> SLASHES = List.of("", "/", "//");

  /** Every URL against every issuer: 4 x 4 x 6 x 3 = 288 cases, all of them. */
  @ParameterizedTest
  @MethodSource("urlsAndIssuers")
  void issues_isTheUrlEqualToTheIssuerWithoutScheme(String url, String issuer) {
    OidcProvider provider = OidcProvider.of("123456789012", url, List.of("a"), List.of());

    assertThat(provider.issues(issuer))
        .isEqualTo(
            issuer.startsWith("https://")
                && provider.url().equals(ProviderUrls.withoutScheme(issuer)));
  }

  static Stream<Arguments> urlsAndIssuers() {
    return URLS.stream()
        .flatMap(
            url ->
                SCHEMES.stream()
                    .flatMap(
                        scheme ->
                            HOSTS.stream()
                                .flatMap(
                                    host ->
                                        SLASHES.stream()
                                            .map(
                                                slash ->
                                                    Arguments.of(url, scheme + host + slash)))));
  }
}
