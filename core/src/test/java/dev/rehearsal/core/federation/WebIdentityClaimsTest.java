package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.federation.WebIdentityCheck.Step;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What STS does with the claims it reads itself: {@code iss}, {@code sub}, {@code aud}, {@code
 * exp}, {@code nbf}, {@code iat}. Each row: a change to a valid GitHub token's claims, the
 * provider's URL, and STS's answer (a granted audience, or a code and message) with the step that
 * gives it. Sources per row; rows marked "unobserved" follow the closest documented rule and are
 * listed in the README's "Differences from AWS".
 */
class WebIdentityClaimsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNT = "123456789012";
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/GithubOIDCIAMRole";
  private static final Instant NOW = Instant.ofEpochSecond(1_764_000_000L);
  private static final long T = NOW.getEpochSecond();
  private static final TokenVerifier VALID =
      (provider, token) -> new TokenVerification(SignatureVerdict.VALID, new IssuerTls(true, "aa"));
  private static final String NOT_VALIDATED = WebIdentityRules.TOKEN_NOT_VALIDATED;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # case                                   | claims changed (JSON; "-x" removes x)                      | provider URL                                 | code or GRANTED        | message or granted audience                                    | step
          # aud: a string, or an array with one value in the ClientIDList (EKS/Kubernetes projected tokens carry ["sts.amazonaws.com"]; gitlab-org/gitlab!71657 fixed a missing aud with a one-element array)
          aud one string                             | {}                                                         | https://token.actions.githubusercontent.com  | GRANTED                | sts.amazonaws.com                                              | DURATION
          aud array of one                           | {"aud":["sts.amazonaws.com"]}                              | https://token.actions.githubusercontent.com  | GRANTED                | sts.amazonaws.com                                              | DURATION
          aud array of several, one a client id      | {"aud":["https://github.com/acme","sts.amazonaws.com"]}    | https://token.actions.githubusercontent.com  | GRANTED                | sts.amazonaws.com                                              | DURATION
          aud array of several, none a client id     | {"aud":["https://github.com/acme","sigstore"]}             | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | Incorrect token audience                                       | AUDIENCE
          # missing claims: named by STS before the issuer is looked up (aud: gitlab-org/gitlab!71657; sub: aws-actions/configure-aws-credentials#502); exp unobserved
          aud missing                                | {"-aud":0}                                                 | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | Missing a required claim: aud                                  | CLAIMS
          aud null                                   | {"aud":null}                                               | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | Missing a required claim: aud                                  | CLAIMS
          sub missing                                | {"-sub":0}                                                 | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | Missing a required claim: sub                                  | CLAIMS
          sub missing, issuer no provider's          | {"-sub":0,"iss":"gitlab.com"}                              | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | Missing a required claim: sub                                  | CLAIMS
          exp missing (unobserved)                   | {"-exp":0}                                                 | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | Missing a required claim: exp                                  | CLAIMS
          # a claim of the wrong JSON type (OIDC Core 2: sub and aud strings, exp a number): unobserved, a token STS cannot validate
          sub a number (unobserved)                  | {"sub":42}                                                 | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | NOT_VALIDATED                                                  | CLAIMS
          sub an object (unobserved)                 | {"sub":{"repo":"acme/app"}}                                | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | NOT_VALIDATED                                                  | CLAIMS
          aud an empty array (unobserved)            | {"aud":[]}                                                 | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | NOT_VALIDATED                                                  | CLAIMS
          aud an array with a number (unobserved)    | {"aud":["sts.amazonaws.com",1]}                            | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | NOT_VALIDATED                                                  | CLAIMS
          exp a string (unobserved)                  | {"exp":"1764000060"}                                       | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | NOT_VALIDATED                                                  | CLAIMS
          # iat and nbf in the future (unobserved): RFC 7519 4.1.5 refuses a future nbf; 4.1.6 makes iat informational
          iat in the future (unobserved)             | {"iat":1764003600}                                         | https://token.actions.githubusercontent.com  | GRANTED                | sts.amazonaws.com                                              | DURATION
          nbf in the future (unobserved)             | {"nbf":1764000030}                                         | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | NOT_VALIDATED                                                  | LIFETIME
          nbf now                                    | {"nbf":1764000000}                                         | https://token.actions.githubusercontent.com  | GRANTED                | sts.amazonaws.com                                              | DURATION
          # iss and the provider URL compare exactly, trailing slash included (aws/aws-sam-cli#7432; gist gene1wood/54611c45a3298504f8e33d95e317ae5c)
          iss with slash, provider without           | {"iss":"https://token.actions.githubusercontent.com/"}     | https://token.actions.githubusercontent.com  | InvalidIdentityToken   | No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com/ | PROVIDER
          iss without slash, provider with           | {}                                                         | https://token.actions.githubusercontent.com/ | InvalidIdentityToken   | No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com | PROVIDER
          iss with slash, provider with              | {"iss":"https://token.actions.githubusercontent.com/"}     | https://token.actions.githubusercontent.com/ | GRANTED                | sts.amazonaws.com                                              | DURATION
          """)
  void decide_whenClaimsVary_answersAsSts(
      String name, String change, String providerUrl, String code, String message, Step step)
      throws Exception {
    OidcProvider provider =
        OidcProvider.of(ACCOUNT, providerUrl, List.of("sts.amazonaws.com"), List.of());
    WebIdentityDecision decision = decide(claims(change), provider);

    assertThat(decision.checks().get(decision.checks().size() - 1).step()).isEqualTo(step);
    if (code.equals("GRANTED")) {
      assertThat(decision).isInstanceOf(WebIdentityDecision.Granted.class);
      assertThat(((WebIdentityDecision.Granted) decision).audience()).isEqualTo(message);
      return;
    }
    assertThat(decision).isInstanceOf(WebIdentityDecision.Refused.class);
    var refused = (WebIdentityDecision.Refused) decision;
    assertThat(refused.code().code()).isEqualTo(code);
    assertThat(refused.message())
        .isEqualTo(message.equals("NOT_VALIDATED") ? NOT_VALIDATED : message);
  }

  /** GitHub's claims for a push to main of acme/app, with {@code change} applied. */
  private static String claims(String change) throws Exception {
    ObjectNode claims = JSON.createObjectNode();
    claims.put("iss", "https://token.actions.githubusercontent.com");
    claims.put("sub", "repo:acme/app:ref:refs/heads/main");
    claims.put("aud", "sts.amazonaws.com");
    claims.put("iat", T - 10);
    claims.put("nbf", T - 15);
    claims.put("exp", T + 290);
    claims.put("repository", "acme/app");
    ObjectNode patch = (ObjectNode) JSON.readTree(change);
    for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = patch.fields();
        it.hasNext(); ) {
      var field = it.next();
      if (field.getKey().startsWith("-")) {
        claims.remove(field.getKey().substring(1));
      } else {
        claims.set(field.getKey(), field.getValue());
      }
    }
    return JSON.writeValueAsString(claims);
  }

  private static WebIdentityDecision decide(String claims, OidcProvider provider) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String token =
        b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
            + ".c2ln";
    AssumableRole role =
        new AssumableRole(
            ROLE_ARN,
            "AROAEXAMPLEROLEID0001",
            PolicyParser.parse(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRoleWithWebIdentity\","
                    + "\"Principal\":{\"Federated\":\""
                    + provider.arn()
                    + "\"}}]}",
                PolicyKind.TRUST),
            3600);
    return WebIdentityRules.decide(
        new WebIdentityCall(
            AssumeRoleWithWebIdentityRequest.of(ROLE_ARN, "GitHubActions", token),
            List.of(provider),
            Optional.of(role),
            NOW),
        VALID);
  }
}
