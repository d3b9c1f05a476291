package dev.rehearsal.aws.support;

import dev.rehearsal.core.explain.Explanation;
import dev.rehearsal.core.federation.AssumableRole;
import dev.rehearsal.core.federation.AssumeRoleWithWebIdentityRequest;
import dev.rehearsal.core.federation.IssuerTls;
import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.federation.SignatureVerdict;
import dev.rehearsal.core.federation.TokenVerification;
import dev.rehearsal.core.federation.WebIdentityCall;
import dev.rehearsal.core.federation.WebIdentityDecision;
import dev.rehearsal.core.federation.WebIdentityRules;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What core itself decides and explains for a request a test made through a client, to compare with
 * the decision log's record of it.
 */
public final class CoreExplanations {
  private static final String TRUST = "the role's trust policy allows the caller";

  private CoreExplanations() {}

  /** What core decides for {@code token} against the seed's provider and role. */
  public static List<String> webIdentity(String token) {
    AssumableRole role =
        new AssumableRole(
            Seed.ROLE_ARN,
            "AROAEXAMPLE",
            PolicyParser.parse(Seed.TRUST_POLICY, PolicyKind.TRUST),
            3600);
    OidcProvider provider =
        OidcProvider.of(
            "000000000000",
            EmulatorResource.issuer().issuer(),
            List.of("sts.amazonaws.com"),
            List.of());
    WebIdentityDecision decision =
        WebIdentityRules.decide(
            new WebIdentityCall(
                AssumeRoleWithWebIdentityRequest.of(Seed.ROLE_ARN, "GitHubActions", token),
                List.of(provider),
                Optional.of(role),
                Instant.now()),
            (issuer, jwt) ->
                new TokenVerification(SignatureVerdict.VALID, new IssuerTls(true, "aa")));
    return Explanation.of(decision);
  }

  /**
   * The check lines' verdicts and steps ({@code FAIL: the role exists}), without their findings.
   */
  public static List<String> steps(List<String> lines) {
    return lines.stream()
        .filter(line -> !line.startsWith(" "))
        .map(line -> line.split(": ", 3))
        .map(parts -> parts[0] + ": " + parts[1])
        .toList();
  }

  public static List<String> fromTrustPolicy(List<String> lines) {
    int at = lines.indexOf(lines.stream().filter(l -> l.contains(TRUST)).findFirst().orElseThrow());
    return lines.subList(at, lines.size());
  }
}
