package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.federation.AssumableRole;
import dev.rehearsal.core.federation.AssumeRoleWithWebIdentityRequest;
import dev.rehearsal.core.federation.DecodedJwt;
import dev.rehearsal.core.federation.IssuerTls;
import dev.rehearsal.core.federation.JwtDecoder;
import dev.rehearsal.core.federation.SignatureVerdict;
import dev.rehearsal.core.federation.TokenVerification;
import dev.rehearsal.core.federation.TokenVerifier;
import dev.rehearsal.core.federation.WebIdentityCall;
import dev.rehearsal.core.federation.WebIdentityDecision;
import dev.rehearsal.core.federation.WebIdentityParameters;
import dev.rehearsal.core.federation.WebIdentityRules;
import dev.rehearsal.core.github.TokenClaims;
import dev.rehearsal.core.property.Gens;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The token check builds is decided by its decoded form and a length only; these properties pin
 * that STS's length constraint judges that length as it judges the text's, and that STS's rules
 * decide the same with the token's text (parsed again, as the emulator's STS does) and with the
 * decoded token and its length.
 */
class ScenarioRunnerProperties {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Target.Role ROLE = SeedTarget.SEED.roles().get(0);
  private static final TokenVerifier TRUSTED =
      (provider, token) ->
          new TokenVerification(SignatureVerdict.VALID, new IssuerTls(true, "not-consulted"));

  @Test
  void base64UrlLength_isTheLengthOfTheEncodedText() {
    qt().withExamples(1000)
        .forAll(Gens.ints(0, 70_000, 1000))
        .checkAssert(
            n ->
                assertThat(ScenarioRunner.base64UrlLength(n))
                    .isEqualTo(
                        Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(new byte[n])
                            .length()));
  }

  @Test
  void jsonLength_isWhatJacksonWrites() {
    qt().withExamples(1000)
        .forAll(Gens.anyString(1000))
        .checkAssert(ScenarioRunnerProperties::jsonLengthIsWhatJacksonWrites);
  }

  /** Emoji (surrogate pairs, lone halves too), escapes, 2- and 3-byte characters, DEL. */
  @Test
  void jsonLength_isWhatJacksonWrites_forSurrogatesAndEscapes() {
    qt().withExamples(1000)
        .forAll(awkward(1000))
        .checkAssert(ScenarioRunnerProperties::jsonLengthIsWhatJacksonWrites);
  }

  private static void jsonLengthIsWhatJacksonWrites(String text) {
    try {
      assertThat(ScenarioRunner.jsonLength(text))
          .isEqualTo(
              new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(text).length);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static Gen<String> awkward(int tries) {
    return Gens.lists(
            Gens.oneOf(
                Gens.of("\ud83d\ude80", "\ud83d", "\ude80", "\"", "\\", "\n", "\u007f"),
                Gens.strings(Gens.chars("abc\u00e9\u4e00"), 1, 1, tries)),
            0,
            12,
            tries)
        .map(parts -> String.join("", parts));
  }

  @Test
  void base64UrlLength_isTheFormula_pastIntToo() {
    qt().withExamples(1000)
        .forAll(Gens.longs(0, Long.MAX_VALUE, 1000))
        .checkAssert(
            n -> {
              long rest = n % 3;
              assertThat(ScenarioRunner.base64UrlLength(n))
                  .isEqualTo(n / 3 * 4 + (rest == 0 ? 0 : rest + 1));
            });
  }

  @Test
  void issuedAt_isNowMinusAgeTruncatedToSeconds() {
    qt().withExamples(1000)
        .forAll(
            Gens.longs(0, 4_000_000_000L, 1000),
            Gens.ints(0, 999_999_999, 1000),
            Gens.longs(-1_000_000, 1_000_000, 1000),
            Gens.ints(0, 999_999_999, 1000))
        .checkAssert(
            (seconds, nanos, ageSeconds, ageNanos) -> {
              Instant now = Instant.ofEpochSecond(seconds, nanos);
              java.time.Duration age = java.time.Duration.ofSeconds(ageSeconds, ageNanos);
              assertThat(ScenarioRunner.issuedAt(now, age))
                  .isEqualTo(now.minus(age).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            });
  }

  @Test
  void decimalLength_isTheLengthOfLongToString() {
    qt().withExamples(1000)
        .forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE, 1000))
        .checkAssert(
            n -> assertThat(ScenarioRunner.decimalLength(n)).isEqualTo(Long.toString(n).length()));
  }

  @Test
  void token_lengthIsItsText_andBothEntryPointsDecideAlike() {
    qt().withExamples(300)
        .forAll(scenarios(300))
        .checkAssert(ScenarioRunnerProperties::lengthIsItsText_andBothEntryPointsDecideAlike);
  }

  private static void lengthIsItsText_andBothEntryPointsDecideAlike(String run) {
    String yaml = "defaults: {role: GithubOIDCIAMRole}\nscenarios:\n  - name: s\n    run: " + run;
    Scenario scenario =
        ScenarioFile.parse("s.yaml", yaml + "\n    expect: {assume: allow}\n").get(0);
    ScenarioRunner.Token token = ScenarioRunner.token(scenario, NOW);
    String raw = ScenarioRunner.raw(token.decoded());

    // STS's constraint (clientTokenType, 4-20000) judges the length as it judges the text's: a
    // bound where the text is surely within it, the text's own length where it could be near.
    assertThat(token.length()).isGreaterThanOrEqualTo(raw.length());
    assertThat(token.length() <= WebIdentityParameters.TOKEN_MAX)
        .isEqualTo(raw.length() <= WebIdentityParameters.TOKEN_MAX);
    // The token built from flat claims is the one its text decodes to, claim for claim.
    DecodedJwt parsed = JwtDecoder.decode(raw).orElseThrow();
    assertThat(token.decoded()).isEqualTo(parsed);
    for (String name : parsed.claims().properties().stream().map(e -> e.getKey()).toList()) {
      assertThat(token.decoded().claim(name)).isEqualTo(parsed.claim(name));
      assertThat(token.decoded().stringClaim(name)).isEqualTo(parsed.stringClaim(name));
      assertThat(token.decoded().numericDate(name)).isEqualTo(parsed.numericDate(name));
    }
    assertThat(token.decoded().audiences()).isEqualTo(parsed.audiences());
    WebIdentityDecision fromText = WebIdentityRules.decide(call(raw), TRUSTED);
    WebIdentityDecision fromLength =
        WebIdentityRules.decide(call(null), token.decoded(), token.length(), TRUSTED);
    assertThat(fromLength).isEqualTo(fromText);
    assertThat(new ScenarioRunner(SeedTarget.SEED).run(scenario, NOW).decision())
        .isEqualTo(fromText);
  }

  /**
   * The exact JSON length (what a token near STS's limit is measured by) is the payload's, and the
   * bound every other token is judged by is at least it.
   */
  @Test
  void payload_isTheClaimsJson_andPayloadAtMostBoundsIt() {
    qt().withExamples(300)
        .forAll(scenarios(300))
        .checkAssert(
            run -> {
              String yaml =
                  "defaults: {role: GithubOIDCIAMRole}\nscenarios:\n  - name: s\n    run: " + run;
              Scenario scenario =
                  ScenarioFile.parse("s.yaml", yaml + "\n    expect: {assume: allow}\n").get(0);
              TokenClaims claims = ScenarioRunner.claims(scenario, NOW);
              String signingInput = ScenarioRunner.token(scenario, NOW).decoded().signingInput();
              byte[] payload =
                  Base64.getUrlDecoder()
                      .decode(signingInput.substring(signingInput.indexOf('.') + 1));

              assertThat(ScenarioRunner.payload(claims)).isEqualTo(payload.length);
              assertThat(ScenarioRunner.payloadAtMost(claims))
                  .isGreaterThanOrEqualTo(payload.length);
            });
  }

  /** What payloadAtMost assumes of every string: at most six bytes of JSON a character. */
  @Test
  void jsonLength_isAtMostSixBytesACharacter() {
    qt().withExamples(1000)
        .forAll(Gens.anyString(1000))
        .checkAssert(
            text ->
                assertThat(ScenarioRunner.jsonLength(text))
                    .isLessThanOrEqualTo(6L * text.length() + 2));
  }

  @Test
  void jsonLength_isAtMostSixBytesACharacter_forSurrogatesAndEscapes() {
    qt().withExamples(1000)
        .forAll(awkward(1000))
        .checkAssert(
            text ->
                assertThat(ScenarioRunner.jsonLength(text))
                    .isLessThanOrEqualTo(6L * text.length() + 2));
  }

  private static WebIdentityCall call(String token) {
    return new WebIdentityCall(
        AssumeRoleWithWebIdentityRequest.of(ROLE.arn(), ScenarioRunner.SESSION_NAME, token),
        SeedTarget.SEED.providers(),
        Optional.of(
            new AssumableRole(
                ROLE.arn(), ROLE.roleId(), ROLE.trustPolicy(), ROLE.maxSessionDurationSeconds())),
        NOW);
  }

  /**
   * Runs that are granted, refused by the trust policy (another owner), by the audience, by the
   * lifetime, and by the token's length (a long environment name, ASCII or of 2- and 3-byte UTF-8
   * characters, JSON-escaped quotes and backslashes included).
   */
  private static Gen<String> scenarios(int tries) {
    Gen<String> owner = Gens.of("acme", "evil", "Acme");
    Gen<String> repo = Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC), 1, 20, tries);
    Gen<String> ref = Gens.of("main", "refs/heads/b1", "refs/tags/v1");
    Gen<String> audience = Gens.of("sts.amazonaws.com", "other");
    Gen<Integer> age = Gens.ints(0, 400, tries);
    Gen<String> environment =
        Gens.injectNull(
            Gens.strings(
                Gens.charRanges(' ', '~', '\u00a0', '\u00ff', '\u4e00', '\u4eff'), 0, 9_000, tries),
            0.3);
    return Gens.combine(
        owner,
        repo,
        ref,
        audience,
        age,
        environment,
        (o, r, f, a, t, e) ->
            "{repository: "
                + o
                + "/"
                + r
                + ", ref: "
                + f
                + ", audience: "
                + a
                + ", token_age: "
                + t
                + "s"
                + (e == null ? "" : ", environment: \"e" + escaped(e) + "\"")
                + "}");
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
