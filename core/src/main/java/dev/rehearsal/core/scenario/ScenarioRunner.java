package dev.rehearsal.core.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.ecr.EcrAuthorizer;
import dev.rehearsal.core.ecr.EcrCaller;
import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.evaluation.CompiledPolicy;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.federation.AssumableRole;
import dev.rehearsal.core.federation.AssumeRoleWithWebIdentityRequest;
import dev.rehearsal.core.federation.DecodedJwt;
import dev.rehearsal.core.federation.GitHubSubGuardrail;
import dev.rehearsal.core.federation.IssuerTls;
import dev.rehearsal.core.federation.JwtDecoder;
import dev.rehearsal.core.federation.SignatureVerdict;
import dev.rehearsal.core.federation.TokenVerification;
import dev.rehearsal.core.federation.TokenVerifier;
import dev.rehearsal.core.federation.WebIdentityCall;
import dev.rehearsal.core.federation.WebIdentityDecision;
import dev.rehearsal.core.federation.WebIdentityParameters;
import dev.rehearsal.core.federation.WebIdentityRules;
import dev.rehearsal.core.github.GitHubClaims;
import dev.rehearsal.core.github.GitHubIssuer;
import dev.rehearsal.core.github.TokenClaims;
import dev.rehearsal.core.github.TokenRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a scenario through the chain AWS applies, with no server: GitHub's claims for the run
 * (core's GitHub model) → {@link WebIdentityRules} (provider, lifetime, audience, trust policy, in
 * STS's order and with its messages) → {@link EcrAuthorizer} for each ECR action, the one ECR check
 * the aws-emulator also uses, for the session STS would issue, with the request context AWS builds
 * ({@link dev.rehearsal.core.evaluation.RequestContexts}). A role whose trust policy IAM refuses
 * cannot exist: its scenarios fail with IAM's {@code MalformedPolicyDocument} message, unevaluated.
 * The token is built from the claims and taken as validly signed by a trusted issuer: signatures
 * and TLS are the emulators' part; here the question is what the policies admit.
 */
public final class ScenarioRunner {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final String HEADER_JSON =
      "{\"alg\":\"RS256\",\"kid\":\"rehearsal-check\",\"typ\":\"JWT\"}";
  private static final String HEADER =
      BASE64URL.encodeToString(HEADER_JSON.getBytes(StandardCharsets.UTF_8));
  // The header as JwtDecoder reads it back from HEADER (a test pins it), built without an
  // ObjectMapper: check needs none, and the first one costs tens of milliseconds.
  private static final ObjectNode HEADER_NODE =
      JsonNodeFactory.instance
          .objectNode()
          .put("alg", "RS256")
          .put("kid", "rehearsal-check")
          .put("typ", "JWT");
  private static final String SIGNATURE = "c2ln";
  private static final byte[] SIGNATURE_BYTES = Base64.getUrlDecoder().decode(SIGNATURE);
  private static final TokenVerifier SIGNED_BY_TRUSTED_ISSUER =
      (provider, token) ->
          new TokenVerification(SignatureVerdict.VALID, new IssuerTls(true, "not-consulted"));

  /**
   * One jti for every token check builds, shaped as GitHub's (a UUID: the same length): no policy
   * can test it, STS does not look at it, and a random UUID, or one written per scenario, costs.
   */
  private static final String JTI = "00000000-0000-4000-8000-000000000000";

  /** What configure-aws-credentials sends (facts.md). */
  static final String SESSION_NAME = "GitHubActions";

  private final Target target;
  private final EcrAuthorizer authorizer = new EcrAuthorizer(new PolicyEvaluator());

  /**
   * What does not depend on the scenario, per role, by role name and by logical id (the first role
   * of the target that has it, as {@link Target#role} finds it): the STS request, the role as STS
   * sees it, and its permission policies compiled.
   */
  private final Map<String, PreparedRole> roles = new HashMap<>();

  /** The origin of the last scenarios naming no address: check runs them all at one instant. */
  private volatile RequestOrigin lastOrigin;

  public ScenarioRunner(Target target) {
    this.target = target;
    for (Target.Role role : target.roles()) {
      PreparedRole prepared = new PreparedRole(target, role);
      roles.putIfAbsent(role.name(), prepared);
      if (role.logicalId() != null) {
        roles.putIfAbsent(role.logicalId(), prepared);
      }
    }
  }

  /** A role of the target with what every scenario naming it shares. */
  private static final class PreparedRole {
    final Target.Role role;
    // No token text: STS needs only its length, which token() computes exactly.
    final AssumeRoleWithWebIdentityRequest request;
    final Optional<AssumableRole> assumable;
    final List<CompiledPolicy> permissions;
    // The session STS issues for the role (arn:aws:sts::ACCOUNT:assumed-role/NAME/GitHubActions),
    // as ECR sees it: made once per role, not per scenario.
    final EcrCaller session;
    // IAM's refusal of the role's trust policy: such a role cannot be created (CreateRole answers
    // MalformedPolicyDocument), so no scenario naming it can pass.
    final Optional<MalformedPolicyDocumentException> refusal;

    PreparedRole(Target target, Target.Role role) {
      this.role = role;
      this.request = AssumeRoleWithWebIdentityRequest.of(role.arn(), SESSION_NAME, null);
      this.assumable =
          Optional.of(
              new AssumableRole(
                  role.arn(), role.roleId(), role.trustPolicy(), role.maxSessionDurationSeconds()));
      this.permissions = role.permissionPolicies().stream().map(CompiledPolicy::compile).toList();
      AssumableRole assumed = assumable.get();
      this.session =
          EcrCaller.roleSession(
              "arn:aws:sts::"
                  + assumed.accountId()
                  + ":assumed-role/"
                  + assumed.name()
                  + "/"
                  + SESSION_NAME,
              role.arn(),
              assumed.accountId(),
              role.roleId() + ":" + SESSION_NAME,
              role.tags());
      this.refusal = role.refusal().or(() -> GitHubSubGuardrail.refusal(role.trustPolicy()));
    }
  }

  /**
   * The scenario's run at {@code now}: its requests reach STS and ECR over HTTPS in the target's
   * region (configure-aws-credentials calls STS's regional endpoint), from the scenario's {@code
   * source_ip} when it names one.
   */
  public ScenarioResult run(Scenario scenario, Instant now) {
    PreparedRole role = prepared(scenario);
    if (role.refusal.isPresent()) {
      return ScenarioResult.roleRefused(scenario, role.refusal.get(), noSession(scenario));
    }
    RequestOrigin origin = origin(scenario, now);
    Token token = token(scenario, now);
    WebIdentityDecision decision =
        WebIdentityRules.decide(
            new WebIdentityCall(role.request, target.providers(), role.assumable, origin),
            token.decoded(),
            token.length(),
            SIGNED_BY_TRUSTED_ISSUER);
    if (decision instanceof WebIdentityDecision.Refused refused) {
      return ScenarioResult.refused(scenario, refused, noSession(scenario));
    }
    return ScenarioResult.granted(scenario, decision, ecr(scenario, role, origin));
  }

  /** How the scenario's requests arrive; one object for all scenarios naming no address. */
  private RequestOrigin origin(Scenario scenario, Instant now) {
    RequestOrigin known = lastOrigin;
    if (scenario.sourceIp().isPresent()) {
      return new RequestOrigin(target.region(), now, true, scenario.sourceIp());
    }
    if (known == null || !known.time().equals(now)) {
      known = RequestOrigin.https(target.region(), now);
      lastOrigin = known;
    }
    return known;
  }

  /** Each ECR action denied: there is no session to make it. */
  private List<ScenarioResult.EcrResult> noSession(Scenario scenario) {
    List<ScenarioResult.EcrResult> ecr = new ArrayList<>(scenario.ecr().size());
    for (EcrExpectation expectation : scenario.ecr()) {
      ecr.add(
          new ScenarioResult.EcrResult(
              expectation,
              expectation.resourceArn(target.region(), target.accountId()),
              Verdict.DENY,
              Optional.empty()));
    }
    return ecr;
  }

  /**
   * The target's role the scenario names.
   *
   * @throws dev.rehearsal.core.error.ValidationException when the target has no such role
   */
  public Target.Role role(Scenario scenario) {
    return prepared(scenario).role;
  }

  private PreparedRole prepared(Scenario scenario) {
    PreparedRole role = roles.get(scenario.role());
    if (role == null) {
      throw new dev.rehearsal.core.error.ValidationException(
          "scenario '"
              + scenario.name()
              + "' (line "
              + scenario.line()
              + ") names role '"
              + scenario.role()
              + "', which is not in the template; its roles: "
              + target.roles().stream().map(Target.Role::name).toList());
    }
    return role;
  }

  private List<ScenarioResult.EcrResult> ecr(
      Scenario scenario, PreparedRole role, RequestOrigin origin) {
    List<ScenarioResult.EcrResult> results = new ArrayList<>(scenario.ecr().size());
    for (EcrExpectation expectation : scenario.ecr()) {
      String resource = expectation.resourceArn(target.region(), target.accountId());
      // The template gives no repository policy: the identity policies decide.
      EcrDecision decision =
          authorizer.authorizeCompiled(
              role.session,
              origin,
              expectation.action(),
              resource,
              role.permissions,
              Optional.empty());
      results.add(
          new ScenarioResult.EcrResult(
              expectation,
              resource,
              decision.allowed() ? Verdict.ALLOW : Verdict.DENY,
              Optional.of(decision.identity())));
    }
    return results;
  }

  /**
   * A token built decoded, and a length STS's constraint on it ({@code clientTokenType}, 4–20000)
   * judges as it judges the token's text: the text's own length when the token could be near the
   * limit, else the longest its claims could make it (see {@link #token}).
   */
  record Token(DecodedJwt decoded, int length) {}

  /**
   * The token GitHub would give the run, issued {@code tokenAge} before now; unsigned. It is built
   * decoded, as {@link JwtDecoder#decode} would give it back from its text (numbers that fit an int
   * as int nodes, as Jackson reads them), so that STS's rules need not parse it again; its text is
   * not written (only counted), since STS checks only its length.
   */
  static Token token(Scenario scenario, Instant now) {
    TokenClaims claims = claims(scenario, now);
    // STS looks at the token's length only to check it is within 4-20000 characters, and the
    // header alone is longer than 4. The longest text these claims could make settles it without
    // reading a character: measuring every token's JSON exactly cost ~6% of checking 100,000
    // scenarios. Only a token that could pass the limit (claims of some 11,000 characters) is
    // measured exactly.
    int length = compactLength(payloadAtMost(claims));
    if (length > WebIdentityParameters.TOKEN_MAX) {
      length = compactLength(payload(claims));
    }
    DecodedJwt decoded =
        claims.share(
            (names, values) ->
                DecodedJwt.built(
                    HEADER_NODE, names, values, ScenarioRunner::signingInput, SIGNATURE_BYTES));
    return new Token(decoded, length);
  }

  /** The claims GitHub would put in the run's token, issued {@code tokenAge} before now. */
  static TokenClaims claims(Scenario scenario, Instant now) {
    // TokenRequest.defaults(run).withAudience(..).withIssuedAt(..).withSubjectTemplate(..)
    // .withJti(..), built at once: the defaults' random UUID (SecureRandom) would be replaced.
    TokenRequest request =
        new TokenRequest(
            scenario.run(),
            GitHubIssuer.DEFAULT,
            scenario.audience(),
            issuedAt(now, scenario.tokenAge()),
            TokenRequest.DEFAULT_LIFETIME,
            TokenRequest.DEFAULT_NOT_BEFORE_LEEWAY,
            JTI,
            scenario.subjectTemplate());
    return GitHubClaims.ordered(request);
  }

  /**
   * The bytes ObjectMapper.writeValueAsBytes gives for the claims (a property pins it against the
   * text): "{", then "name":value for each claim, comma-separated, "}". GitHub's claim names are
   * lower-case ASCII words and underscores: their JSON is the name in quotes.
   */
  static long payload(TokenClaims claims) {
    return payload(claims, true);
  }

  /**
   * At least {@link #payload}, from the values' lengths alone: a character of a string is at most
   * six bytes of JSON (a six-character backslash-u escape; a surrogate pair is two of them), a
   * number at most 20 (a long's longest decimal, sign included), not counted: C1 divides a long in
   * a call.
   */
  static long payloadAtMost(TokenClaims claims) {
    return payload(claims, false);
  }

  private static long payload(TokenClaims claims, boolean exact) {
    int size = claims.size();
    long json = 1 + Math.max(0, size - 1) + 1;
    for (int i = 0; i < size; i++) {
      Object value = claims.value(i);
      long valueLength;
      if (value instanceof String text) {
        valueLength = exact ? jsonLength(text) : 6L * text.length() + 2;
      } else {
        valueLength = exact ? decimalLength((Long) value) : 20;
      }
      json += claims.name(i).length() + 2 + 1 + valueLength;
    }
    return json;
  }

  /**
   * {@code now - age} truncated to whole seconds, as TokenRequest keeps it, without dividing a long
   * (a runtime call under C1): Duration's nanoseconds are 0-999,999,999, as Instant's.
   */
  static Instant issuedAt(Instant now, Duration age) {
    return Instant.ofEpochSecond(
        now.getEpochSecond() - age.getSeconds() - (now.getNano() < age.getNano() ? 1 : 0));
  }

  /** {@code header.payload.signature}, for a payload of {@code payloadBytes} bytes of JSON. */
  static int compactLength(long payloadBytes) {
    return Math.toIntExact(
        HEADER.length() + 1 + base64UrlLength(payloadBytes) + 1 + SIGNATURE.length());
  }

  /** The length of unpadded base64url (RFC 4648 section 5; RFC 7515 section 2) of n bytes. */
  static long base64UrlLength(long n) {
    if (n <= Integer.MAX_VALUE) { // in int: C1 divides a long in a runtime call
      int bytes = (int) n;
      int rest = bytes % 3;
      return bytes / 3 * 4L + (rest == 0 ? 0 : rest + 1);
    }
    long rest = n % 3;
    return n / 3 * 4 + (rest == 0 ? 0 : rest + 1);
  }

  /** Made only if someone writes a token's text, or measures an unusual string. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Written only if someone asks (nothing in check does): the bytes token() counted. */
  private static String signingInput(ObjectNode claims) {
    try {
      return HEADER + "." + BASE64URL.encodeToString(Json.MAPPER.writeValueAsBytes(claims));
    } catch (IOException e) {
      throw new UncheckedIOException("claims are strings and numbers: " + e.getMessage(), e);
    }
  }

  /**
   * The bytes Jackson writes for a string value: quotes, then each character as UTF-8 ({@code "}
   * and {@code \\} escaped with a backslash) but a surrogate pair (an emoji, as in the default
   * workflow name) as two six-character backslash-u escapes; a string with a control character or a
   * lone surrogate is measured by Jackson itself.
   */
  static long jsonLength(String text) {
    long bytes = text.length() + 2L;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < 0x20) {
          return jacksonLength(text);
        }
        if (c == '"' || c == '\\') {
          bytes++;
        }
      } else if (c < 0x800) {
        bytes++;
      } else if (!Character.isSurrogate(c)) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        // Jackson writes a surrogate pair as two backslash-u escapes: two chars, twelve bytes.
        bytes += 10;
        i++;
      } else {
        return jacksonLength(text);
      }
    }
    return bytes;
  }

  static long jacksonLength(String text) {
    try {
      return Json.MAPPER.writeValueAsBytes(text).length;
    } catch (IOException e) {
      throw new UncheckedIOException("a string is always written: " + e.getMessage(), e);
    }
  }

  /** The characters of {@code Long.toString(n)}, counted without writing it. */
  static int decimalLength(long n) {
    if (n == Long.MIN_VALUE) {
      return 20;
    }
    int length = n < 0 ? 2 : 1;
    long rest = Math.abs(n);
    while (rest >= 10) {
      rest /= 10;
      length++;
    }
    return length;
  }

  /** The token's compact serialisation, as STS would receive it. */
  static String raw(DecodedJwt token) {
    return token.signingInput() + "." + SIGNATURE;
  }

  /** Whether the target has the role the scenario names (what {@link #role} would find). */
  public boolean names(Scenario scenario) {
    return roles.containsKey(scenario.role());
  }
}
