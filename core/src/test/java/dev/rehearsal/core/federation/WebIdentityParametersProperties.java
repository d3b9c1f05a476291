package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.ValidationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A token known by its length is validated as its text is (botocore {@code clientTokenType}). */
class WebIdentityParametersProperties {
  private static final String ROLE = "arn:aws:iam::123456789012:role/GithubOIDCIAMRole";

  @Property(tries = 500)
  void validate_byLength_givesWhatTheTextGives(
      @ForAll @IntRange(max = 25_000) int length, @ForAll boolean badSessionName) {
    String session = badSessionName ? "a" : "GitHubActions";
    var withText = AssumeRoleWithWebIdentityRequest.of(ROLE, session, "t".repeat(length));
    var withoutText = AssumeRoleWithWebIdentityRequest.of(ROLE, session, null);

    assertThat(outcome(() -> WebIdentityParameters.validate(withoutText, length)))
        .isEqualTo(outcome(() -> WebIdentityParameters.validate(withText)));
  }

  /** botocore {@code roleSessionNameType}: {@code [\\w+=,.@-]*}. */
  @Property(tries = 2000)
  void sessionNameCharacters_isTheModelsPattern(@ForAll String name) {
    assertThat(WebIdentityParameters.sessionNameCharacters(name))
        .isEqualTo(WebIdentityParameters.sessionNamePattern().matcher(name).matches());
  }

  @Property(tries = 500)
  void sessionNameCharacters_isTheModelsPattern_nearTheBoundaries(
      @ForAll
          @net.jqwik.api.constraints.Chars({
            'a', 'Z', '0', '9', '_', '+', '=', ',', '.', '@', '-', ' ', '/', ':', '~', '\u00e9',
            '\u0660', '\t'
          })
          String name) {
    assertThat(WebIdentityParameters.sessionNameCharacters(name))
        .isEqualTo(WebIdentityParameters.sessionNamePattern().matcher(name).matches());
  }

  @Test
  void decide_byLength_whenTheRequestCarriesATokenToo_throws() {
    var call =
        new WebIdentityCall(
            AssumeRoleWithWebIdentityRequest.of(ROLE, "s1", "a.b.c"),
            java.util.List.of(),
            java.util.Optional.empty(),
            java.time.Instant.EPOCH);

    assertThatThrownBy(
            () ->
                WebIdentityRules.decide(
                    call, JwtDecoder.decode("e30.e30.").orElseThrow(), 5, (p, t) -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String outcome(Runnable validation) {
    try {
      validation.run();
      return "valid";
    } catch (ValidationException e) {
      return e.getMessage();
    }
  }
}
