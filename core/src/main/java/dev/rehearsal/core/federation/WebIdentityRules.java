package dev.rehearsal.core.federation;

import static dev.rehearsal.core.federation.WebIdentityCheck.Step;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.Outcome;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides an STS {@code AssumeRoleWithWebIdentity} call the way AWS does: each check in AWS's
 * order, the first failure answered with AWS's error code and message (facts.md, "IAM OIDC provider
 * and STS AssumeRoleWithWebIdentity"; botocore {@code sts/2011-06-15}).
 *
 * <p>The order follows what AWS reveals to a caller: parameter validation first (it happens before
 * the service looks at anything), then the token's issuer (an unknown issuer is reported before any
 * key is fetched), the keys and the certificate of the issuer, the signature, the lifetime, the
 * audience, and only then the role and its trust policy — for which AWS deliberately gives one
 * message whether the role is missing or the policy denies.
 */
public final class WebIdentityRules {
  static final String ACTION = "sts:AssumeRoleWithWebIdentity";

  /** botocore's documentation of {@code InvalidIdentityTokenException}. */
  static final String TOKEN_NOT_VALIDATED =
      "The web identity token that was passed could not be validated by Amazon Web Services. "
          + "Get a new identity token from the identity provider and then retry the request.";

  /** As STS returns it, double space included (awslabs/aws-sdk-rust#827). */
  static final String KEYS_UNAVAILABLE =
      "Couldn't retrieve verification key from your identity provider,  please reference "
          + "AssumeRoleWithWebIdentity documentation for requirements";

  /**
   * As STS returns it for a token without {@code aud} (gitlab-org/gitlab!71657, GitLab's {@code
   * CI_JOB_JWT}) or without {@code sub} (aws-actions/configure-aws-credentials#502), followed by
   * the claim's name; both seen before the issuer was looked up.
   */
  static final String MISSING_CLAIM = "Missing a required claim: ";

  /**
   * The claims STS requires, in the order they are checked here: {@code sub} and {@code aud} as
   * observed; {@code exp} as RFC 7519 and OIDC Core 2 require of an ID token (STS's answer to a
   * token without it is unobserved; README, "Differences from AWS").
   */
  private static final String[] REQUIRED_CLAIMS = {"sub", "aud", "exp"};

  static final String THUMBPRINT_MISMATCH =
      "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint";
  static final String NOT_AUTHORIZED = "Not authorized to perform " + ACTION;
  static final String DURATION_EXCEEDS_MAX =
      "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.";

  private static final String TRUST_ALLOWED = "allowed: " + Outcome.ALLOW;

  private static final String CLAIMS_PRESENT = "sub, aud, exp present and typed";

  /** The JWS algorithms IAM accepts for OIDC tokens (IAM User Guide, "Create an OIDC IdP"). */
  static final Set<String> ALGORITHMS =
      Set.of("RS256", "RS384", "RS512", "ES256", "ES384", "ES512");

  /** The token-format step's detail for each accepted algorithm, written once. */
  private static final Map<String, String> FORMAT_DETAILS =
      ALGORITHMS.stream()
          .collect(Collectors.toUnmodifiableMap(a -> a, a -> "compact JWS, alg " + a));

  /** Compiles each trust policy once and keeps it; thread-safe. */
  private static final PolicyEvaluator EVALUATOR = new PolicyEvaluator();

  private WebIdentityRules() {}

  public static WebIdentityDecision decide(WebIdentityCall call, TokenVerifier verifier) {
    return new Run(call, null, -1, verifier).decide();
  }

  /**
   * As {@link #decide(WebIdentityCall, TokenVerifier)}, for a caller that built the call's token
   * itself and so already holds it decoded ({@code rehearse check} builds one per scenario):
   * decoding it again would cost more than all of STS's checks. Every check still runs, in the same
   * order; only the parsing of the token's text is skipped.
   *
   * @param decoded the call's {@code WebIdentityToken} decoded, as {@link JwtDecoder#decode} would
   * @throws IllegalArgumentException when the call's token does not begin with {@code decoded}'s
   *     signing input: then it is another token
   */
  public static WebIdentityDecision decide(
      WebIdentityCall call, DecodedJwt decoded, TokenVerifier verifier) {
    String raw = call.request().webIdentityToken();
    String signingInput = decoded.signingInput();
    if (raw == null
        || !raw.startsWith(signingInput)
        || raw.indexOf('.', signingInput.length() + 1) >= 0
        || raw.length() == signingInput.length()
        || raw.charAt(signingInput.length()) != '.') {
      throw new IllegalArgumentException("the decoded token is not the call's WebIdentityToken");
    }
    return new Run(call, decoded, -1, verifier).decide();
  }

  /**
   * As {@link #decide(WebIdentityCall, DecodedJwt, TokenVerifier)}, for a caller that never wrote
   * the token's text: STS reads the text only to check its length ({@code clientTokenType},
   * 4–20000), so a length stands for it. Every check still runs, in the same order and with the
   * same codes and messages.
   *
   * @param call a call whose request carries no {@code webIdentityToken} (null): the token is
   *     {@code decoded}
   * @param tokenLength the length of the token's compact serialisation, or any length those bounds
   *     judge as they judge it (a caller that knows the token is within them may give an upper
   *     bound within them): the length is never shown, since the token is a sensitive member
   * @throws IllegalArgumentException when the request carries a token text too, or the length is
   *     negative
   */
  public static WebIdentityDecision decide(
      WebIdentityCall call, DecodedJwt decoded, int tokenLength, TokenVerifier verifier) {
    if (call.request().webIdentityToken() != null) {
      throw new IllegalArgumentException("the token is given decoded; the request carries none");
    }
    if (tokenLength < 0) {
      throw new IllegalArgumentException("a token's length is at least 0: " + tokenLength);
    }
    return new Run(call, decoded, tokenLength, verifier).decide();
  }

  /**
   * One decision: the checks taken so far, so a refusal carries its whole trace. No capturing
   * lambda on the way to a grant: see {@link Detail}.
   */
  private static final class Run {
    private final WebIdentityCall call;

    /** The token as the caller decoded it, or null: then the request's text is decoded. */
    private final DecodedJwt decoded;

    /** The token's length when only {@link #decoded} is given, else -1 (the request's text). */
    private final int tokenLength;

    private final TokenVerifier verifier;
    private final WebIdentityTrace checks = new WebIdentityTrace();
    private Decision trust;

    Run(WebIdentityCall call, DecodedJwt decoded, int tokenLength, TokenVerifier verifier) {
      this.call = call;
      this.decoded = decoded;
      this.tokenLength = tokenLength;
      this.verifier = verifier;
    }

    WebIdentityDecision decide() {
      try {
        return grant();
      } catch (Refusal refusal) {
        return new WebIdentityDecision.Refused(
            checks, Optional.ofNullable(trust), refusal.code, refusal.getMessage());
      }
    }

    private WebIdentityDecision grant() {
      var request = call.request();
      try {
        if (tokenLength < 0) {
          WebIdentityParameters.validate(request);
        } else {
          WebIdentityParameters.validate(request, tokenLength);
        }
      } catch (RehearsalException e) {
        throw fail(Step.PARAMETERS, e.errorCode(), e.getMessage());
      }
      pass(Step.PARAMETERS, "RoleArn, RoleSessionName, WebIdentityToken, DurationSeconds");
      checkSessionPolicy(request.policy());
      DecodedJwt token = decodeToken(request.webIdentityToken());
      checkClaims(token);
      String issuer = token.stringClaim("iss").orElse("");
      OidcProvider provider = provider(issuer);
      verify(provider, token);
      checkLifetime(token);
      String audience = audience(provider, token);
      AssumableRole role = role();
      ContextKeys keys =
          WebIdentityConditionKeys.of(provider, token, request.roleSessionName(), call.origin());
      checkTrust(role, provider, keys);
      int duration = duration(role);
      return new WebIdentityDecision.Granted(
          checks,
          Optional.of(trust),
          role,
          provider,
          token.stringClaim("sub").orElse(""),
          audience,
          issuer,
          request.roleSessionName(),
          duration,
          keys);
    }

    /**
     * A session policy is an identity policy (no principal); it is request input, so STS rejects a
     * malformed one before it looks at the token.
     */
    private void checkSessionPolicy(Optional<String> policy) {
      if (policy.isEmpty()) {
        pass(Step.SESSION_POLICY, "none given");
        return;
      }
      try {
        PolicyParser.parse(policy.get(), PolicyKind.IDENTITY);
      } catch (RehearsalException e) {
        throw fail(Step.SESSION_POLICY, e.errorCode(), e.getMessage());
      }
      pass(Step.SESSION_POLICY, "parsed");
    }

    private DecodedJwt decodeToken(String raw) {
      DecodedJwt token = decoded != null ? decoded : JwtDecoder.decode(raw).orElse(null);
      if (token == null) {
        throw fail(Step.TOKEN_FORMAT, AwsErrorCode.INVALID_IDENTITY_TOKEN, TOKEN_NOT_VALIDATED);
      }
      String alg = token.algorithm().orElse("(none)");
      if (!ALGORITHMS.contains(alg)) {
        // alg "none" and HMAC algorithms are refused before any key is consulted.
        throw fail(
            Step.TOKEN_FORMAT,
            AwsErrorCode.INVALID_IDENTITY_TOKEN,
            TOKEN_NOT_VALIDATED,
            "algorithm " + alg + " is not one IAM accepts " + ALGORITHMS);
      }
      pass(Step.TOKEN_FORMAT, FORMAT_DETAILS.get(alg));
      return token;
    }

    /**
     * A required claim that is absent (or JSON null) is named, as STS names it; one of the wrong
     * type ({@code sub} a number or an object, {@code aud} neither a string nor an array of them,
     * {@code exp} not a number) makes a token STS cannot validate: OIDC Core 2 defines {@code sub}
     * and {@code aud} as strings and {@code exp} as a JSON number (README, "Differences from AWS":
     * STS's answer to such a token is unobserved).
     */
    private void checkClaims(DecodedJwt token) {
      for (String name : REQUIRED_CLAIMS) {
        DecodedJwt.ClaimShape shape = token.shape(name);
        if (shape == DecodedJwt.ClaimShape.ABSENT) {
          throw fail(Step.CLAIMS, AwsErrorCode.INVALID_IDENTITY_TOKEN, MISSING_CLAIM + name);
        }
        boolean typed =
            switch (name) {
              case "sub" -> shape == DecodedJwt.ClaimShape.STRING;
              case "aud" ->
                  shape == DecodedJwt.ClaimShape.STRING || shape == DecodedJwt.ClaimShape.STRINGS;
              default -> shape == DecodedJwt.ClaimShape.NUMBER;
            };
        if (!typed) {
          throw fail(
              Step.CLAIMS,
              AwsErrorCode.INVALID_IDENTITY_TOKEN,
              TOKEN_NOT_VALIDATED,
              "claim " + name + " is of the wrong JSON type: " + token.claim(name).orElse(null));
        }
      }
      pass(Step.CLAIMS, CLAIMS_PRESENT);
    }

    private OidcProvider provider(String issuer) {
      List<OidcProvider> providers = call.providers();
      for (int i = 0; i < providers.size(); i++) {
        OidcProvider provider = providers.get(i);
        if (provider.issues(issuer)) {
          pass(Step.PROVIDER, provider.arn());
          return provider;
        }
      }
      throw fail(
          Step.PROVIDER,
          AwsErrorCode.INVALID_IDENTITY_TOKEN,
          "No OpenIDConnect provider found in your account for " + issuer);
    }

    private void verify(OidcProvider provider, DecodedJwt token) {
      TokenVerification verification = verifier.verify(provider, token);
      if (verification.signature() == SignatureVerdict.KEYS_UNAVAILABLE) {
        throw fail(Step.VERIFICATION_KEYS, AwsErrorCode.INVALID_IDENTITY_TOKEN, KEYS_UNAVAILABLE);
      }
      pass(Step.VERIFICATION_KEYS, "discovery document and JWKS fetched");
      checkThumbprint(provider, verification.tls());
      switch (verification.signature()) {
        case VALID -> pass(Step.SIGNATURE, Detail.of("kid ", token.keyId().orElse("(none)")));
        case UNKNOWN_KEY ->
            throw fail(
                Step.SIGNATURE,
                AwsErrorCode.INVALID_IDENTITY_TOKEN,
                TOKEN_NOT_VALIDATED,
                "no key with kid " + token.keyId().orElse("(none)") + " in the issuer's JWKS");
        default ->
            throw fail(
                Step.SIGNATURE,
                AwsErrorCode.INVALID_IDENTITY_TOKEN,
                TOKEN_NOT_VALIDATED,
                "the signature does not verify");
      }
    }

    /**
     * Since 2023-07-06 AWS trusts an issuer whose chain ends at a root CA of its library and
     * ignores the thumbprints; otherwise the top intermediate's thumbprint must be configured.
     */
    private void checkThumbprint(OidcProvider provider, IssuerTls tls) {
      if (tls.trustedByRootCa()) {
        pass(Step.THUMBPRINT, "signed by a trusted root CA; thumbprints not consulted");
      } else if (tls.matchesAny(provider.thumbprints())) {
        pass(
            Step.THUMBPRINT,
            Detail.of("thumbprint ", tls.topIntermediateThumbprint(), " configured"));
      } else {
        throw fail(
            Step.THUMBPRINT,
            AwsErrorCode.INVALID_IDENTITY_TOKEN,
            THUMBPRINT_MISMATCH,
            "chain thumbprint "
                + tls.topIntermediateThumbprint()
                + " not in "
                + provider.thumbprints());
      }
    }

    private void checkLifetime(DecodedJwt token) {
      long now = call.now().getEpochSecond();
      Optional<Long> exp = token.numericDate("exp");
      if (exp.isEmpty()) {
        throw fail(
            Step.LIFETIME,
            AwsErrorCode.INVALID_IDENTITY_TOKEN,
            TOKEN_NOT_VALIDATED,
            "the token has no exp claim");
      }
      if (now >= exp.get()) {
        // Message as STS returns it (aws/aws-sdk-java-v2#5709, 2024).
        throw fail(
            Step.LIFETIME,
            AwsErrorCode.EXPIRED_TOKEN_EXCEPTION,
            // Sized: an expired token is a common scenario, and a default builder grows 3 times.
            new StringBuilder(96)
                .append("Token expired: current date/time ")
                .append(now)
                .append(" must be before the expiration date/time ")
                .append(exp.get().longValue())
                .toString());
      }
      // nbf in the future: refused, as RFC 7519 4.1.5 requires (MUST NOT be accepted), without
      // leeway. iat is not checked: RFC 7519 4.1.6 makes it informational and OIDC Core 3.1.3.7
      // leaves its use to the verifier. STS's answer to either is unobserved (README, "Differences
      // from AWS").
      Optional<Long> nbf = token.numericDate("nbf");
      if (nbf.isPresent() && now < nbf.get()) {
        throw fail(
            Step.LIFETIME,
            AwsErrorCode.INVALID_IDENTITY_TOKEN,
            TOKEN_NOT_VALIDATED,
            "the token is not valid before " + nbf.get() + " (now " + now + ")");
      }
      pass(Step.LIFETIME, Detail.of("now ", now, " < exp ", exp.get()));
    }

    private String audience(OidcProvider provider, DecodedJwt token) {
      List<String> audiences = token.audiences();
      for (int i = 0; i < audiences.size(); i++) { // indexed: no iterator on every call
        String audience = audiences.get(i);
        if (provider.clientIds().contains(audience)) {
          pass(Step.AUDIENCE, audience);
          return audience;
        }
      }
      throw fail(
          Step.AUDIENCE,
          AwsErrorCode.INVALID_IDENTITY_TOKEN,
          "Incorrect token audience",
          Detail.of("aud ", token.audiences(), " not in client ids ", provider.clientIds()));
    }

    private AssumableRole role() {
      AssumableRole role = call.role().orElse(null);
      if (role == null || !role.arn().equals(call.request().roleArn())) {
        throw fail(
            Step.ROLE,
            AwsErrorCode.ACCESS_DENIED,
            NOT_AUTHORIZED,
            "no role " + call.request().roleArn() + " in the account");
      }
      pass(Step.ROLE, role.arn());
      return role;
    }

    private void checkTrust(AssumableRole role, OidcProvider provider, ContextKeys keys) {
      var request =
          EvaluationRequest.assumeRole(
              new RequestPrincipal("Federated", provider.arn()), ACTION, keys);
      Decision decision = EVALUATOR.evaluate(List.of(role.trustPolicy()), request);
      trust = decision;
      if (decision.outcome() != Outcome.ALLOW) {
        // Explained when someone reads the trace: explaining costs more than evaluating.
        throw fail(
            Step.TRUST_POLICY,
            AwsErrorCode.ACCESS_DENIED,
            NOT_AUTHORIZED,
            () -> decision.outcome() + "\n" + decision.explain());
      }
      pass(Step.TRUST_POLICY, TRUST_ALLOWED);
    }

    private int duration(AssumableRole role) {
      int duration = call.request().effectiveDurationSeconds();
      if (duration > role.maxSessionDurationSeconds()) {
        throw fail(
            Step.DURATION,
            AwsErrorCode.VALIDATION_ERROR,
            DURATION_EXCEEDS_MAX,
            duration + " s > " + role.maxSessionDurationSeconds() + " s");
      }
      pass(Step.DURATION, Detail.of(duration, " s"));
      return duration;
    }

    private void pass(Step step, String detail) {
      checks.add(step, true, detail);
    }

    /** A passed check whose detail is written only if someone reads it. */
    private void pass(Step step, Supplier<String> detail) {
      checks.add(step, true, detail);
    }

    private Refusal fail(Step step, AwsErrorCode code, String message) {
      return fail(step, code, message, message);
    }

    /**
     * {@code detail} says more than AWS does, for the trace; the caller sees only {@code message}.
     */
    private Refusal fail(Step step, AwsErrorCode code, String message, String detail) {
      checks.add(step, false, detail);
      return new Refusal(code, message);
    }

    /** As {@link #fail(Step, AwsErrorCode, String, String)}, the detail written if read. */
    private Refusal fail(Step step, AwsErrorCode code, String message, Supplier<String> detail) {
      checks.add(step, false, detail);
      return new Refusal(code, message);
    }
  }

  /** Ends a run at the first failed check; never escapes {@link Run#decide()}. */
  private static final class Refusal extends RuntimeException {
    final AwsErrorCode code;

    Refusal(AwsErrorCode code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }
}
