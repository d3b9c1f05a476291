package dev.rehearsal.core.github;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything besides the run that decides a token's claims.
 *
 * <p>Times as observed in real tokens (GitHub documents neither): {@code exp = iat + 300} in every
 * token seen from 2024 to 2026 except a few from 2025 ({@code exp = iat + 21600}); {@code nbf = iat
 * - 300} in tokens from 2025 on (github/actions-oidc-debugger README, andreaso/output-oidc-claims-
 * action README, rgl/github-actions-validate-jwt README), {@code iat - 600} in 2024 tokens. The
 * defaults follow the latest tokens; both are settable to rehearse the others.
 *
 * @param issuer {@code iss}; see {@link GitHubIssuer}
 * @param audience {@code aud}; GitHub's default is the owner's URL, {@code
 *     https://github.com/OWNER}
 * @param issuedAt {@code iat}, truncated to whole seconds (JWT NumericDate)
 * @param lifetime {@code exp - iat}
 * @param notBeforeLeeway {@code iat - nbf}
 * @param jti the token's unique id (a UUID in real tokens)
 * @param subjectTemplate the effective template, see {@link SubjectTemplateSettings#effective()}
 */
public record TokenRequest(
    WorkflowRun run,
    String issuer,
    String audience,
    Instant issuedAt,
    Duration lifetime,
    Duration notBeforeLeeway,
    String jti,
    SubjectTemplate subjectTemplate) {
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
  public static final Duration DEFAULT_NOT_BEFORE_LEEWAY = Duration.ofMinutes(5);

  public TokenRequest {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(subjectTemplate, "subjectTemplate");
    Objects.requireNonNull(issuedAt, "issuedAt");
    // Whole seconds kept as they are: truncating divides longs, a runtime call under C1.
    issuedAt = issuedAt.getNano() == 0 ? issuedAt : issuedAt.truncatedTo(ChronoUnit.SECONDS);
    if (issuer == null || !issuer.startsWith("https://")) {
      throw GitHubValidationException.invalidInput("iss", issuer, "an https:// URL");
    }
    if (audience == null || audience.isBlank()) {
      throw GitHubValidationException.invalidInput("aud", audience, "a non-blank audience");
    }
    if (lifetime == null || lifetime.toSeconds() < 1) {
      throw GitHubValidationException.invalidInput("lifetime", lifetime, "at least one second");
    }
    if (notBeforeLeeway == null || notBeforeLeeway.isNegative()) {
      throw GitHubValidationException.invalidInput(
          "not-before leeway", notBeforeLeeway, "zero or more seconds");
    }
    if (jti == null || jti.isBlank()) {
      throw GitHubValidationException.invalidInput("jti", jti, "a non-blank token id");
    }
  }

  /**
   * A request with GitHub's defaults: issuer {@value GitHubIssuer#DEFAULT}, audience {@code
   * https://github.com/OWNER}, issued now, a random UUID as {@code jti}, GitHub's default subject.
   */
  public static TokenRequest defaults(WorkflowRun run) {
    return new TokenRequest(
        run,
        GitHubIssuer.DEFAULT,
        "https://github.com/" + run.repositoryOwner(),
        Instant.now(),
        DEFAULT_LIFETIME,
        DEFAULT_NOT_BEFORE_LEEWAY,
        UUID.randomUUID().toString(),
        SubjectTemplate.githubDefault());
  }

  public TokenRequest withIssuer(String value) {
    return new TokenRequest(
        run, value, audience, issuedAt, lifetime, notBeforeLeeway, jti, subjectTemplate);
  }

  /** The audience a client asks for, e.g. configure-aws-credentials' {@code sts.amazonaws.com}. */
  public TokenRequest withAudience(String value) {
    return new TokenRequest(
        run, issuer, value, issuedAt, lifetime, notBeforeLeeway, jti, subjectTemplate);
  }

  public TokenRequest withIssuedAt(Instant value) {
    return new TokenRequest(
        run, issuer, audience, value, lifetime, notBeforeLeeway, jti, subjectTemplate);
  }

  public TokenRequest withLifetime(Duration value) {
    return new TokenRequest(
        run, issuer, audience, issuedAt, value, notBeforeLeeway, jti, subjectTemplate);
  }

  public TokenRequest withNotBeforeLeeway(Duration value) {
    return new TokenRequest(run, issuer, audience, issuedAt, lifetime, value, jti, subjectTemplate);
  }

  public TokenRequest withJti(String value) {
    return new TokenRequest(
        run, issuer, audience, issuedAt, lifetime, notBeforeLeeway, value, subjectTemplate);
  }

  public TokenRequest withSubjectTemplate(SubjectTemplate value) {
    return new TokenRequest(run, issuer, audience, issuedAt, lifetime, notBeforeLeeway, jti, value);
  }
}
