package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import dev.rehearsal.core.error.ValidationException;
import dev.rehearsal.core.property.Gens;
import org.junit.jupiter.api.Test;

/** A token known by its length is validated as its text is (botocore {@code clientTokenType}). */
class WebIdentityParametersProperties {
  private static final String ROLE = "arn:aws:iam::123456789012:role/GithubOIDCIAMRole";

  @Test
  void validate_byLength_givesWhatTheTextGives() {
    qt().withExamples(500)
        .forAll(Gens.ints(0, 25_000, 500), booleans().all())
        .checkAssert(
            (length, badSessionName) -> {
              String session = badSessionName ? "a" : "GitHubActions";
              var withText = AssumeRoleWithWebIdentityRequest.of(ROLE, session, "t".repeat(length));
              var withoutText = AssumeRoleWithWebIdentityRequest.of(ROLE, session, null);

              assertThat(outcome(() -> WebIdentityParameters.validate(withoutText, length)))
                  .isEqualTo(outcome(() -> WebIdentityParameters.validate(withText)));
            });
  }

  /** botocore {@code roleSessionNameType}: {@code [\\w+=,.@-]*}. */
  @Test
  void sessionNameCharacters_isTheModelsPattern() {
    qt().withExamples(2000)
        .forAll(Gens.anyString(2000))
        .checkAssert(
            name ->
                assertThat(WebIdentityParameters.sessionNameCharacters(name))
                    .isEqualTo(WebIdentityParameters.sessionNamePattern().matcher(name).matches()));
  }

  @Test
  void sessionNameCharacters_isTheModelsPattern_nearTheBoundaries() {
    qt().withExamples(500)
        .forAll(Gens.strings(Gens.chars("aZ09_+=,.@- /:~\u00e9\u0660\t"), 0, 255, 500))
        .checkAssert(
            name ->
                assertThat(WebIdentityParameters.sessionNameCharacters(name))
                    .isEqualTo(WebIdentityParameters.sessionNamePattern().matcher(name).matches()));
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
