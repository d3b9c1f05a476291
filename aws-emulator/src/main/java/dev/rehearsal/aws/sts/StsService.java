package dev.rehearsal.aws.sts;

import dev.rehearsal.aws.auth.AccessKeys;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.Session;
import dev.rehearsal.aws.auth.SessionTokens;
import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.aws.iam.IamStore;
import dev.rehearsal.aws.wire.AwsService;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.QueryService;
import dev.rehearsal.aws.wire.XmlBody;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.explain.Explanation;
import dev.rehearsal.core.federation.AssumeRoleWithWebIdentityRequest;
import dev.rehearsal.core.federation.TokenVerifier;
import dev.rehearsal.core.federation.WebIdentityCall;
import dev.rehearsal.core.federation.WebIdentityDecision;
import dev.rehearsal.core.federation.WebIdentityRules;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * STS over the query protocol: {@code GetCallerIdentity}, {@code AssumeRole} and {@code
 * AssumeRoleWithWebIdentity} (unsigned, as AWS accepts it), every decision core's.
 */
public final class StsService implements QueryService {
  static final String WEB_IDENTITY = "AssumeRoleWithWebIdentity";

  private final IamStore iam;
  private final TokenVerifier verifier;
  private final SessionTokens tokens;
  private final AssumeRoleRules assumeRole;
  private final Clock clock;
  private final String region;

  public StsService(
      IamStore iam,
      TokenVerifier verifier,
      SessionTokens tokens,
      AssumeRoleRules assumeRole,
      Clock clock,
      String region) {
    this.iam = iam;
    this.verifier = verifier;
    this.tokens = tokens;
    this.assumeRole = assumeRole;
    this.clock = clock;
    this.region = region;
  }

  @Override
  public AwsService service() {
    return AwsService.STS;
  }

  @Override
  public Set<String> actions() {
    return Set.of("GetCallerIdentity", "AssumeRole", WEB_IDENTITY);
  }

  @Override
  public Set<String> unsignedActions() {
    return Set.of(WEB_IDENTITY);
  }

  @Override
  public Optional<XmlBody> handle(String action, QueryParams params, Optional<Caller> caller) {
    return Optional.of(
        switch (action) {
          case "GetCallerIdentity" -> callerIdentity(caller.orElseThrow());
          case "AssumeRole" -> assumeRole(params, caller.orElseThrow());
          default -> webIdentity(params, Optional.empty());
        });
  }

  @Override
  public Optional<XmlBody> handleUnsigned(
      String action, QueryParams params, Optional<String> sourceIp) {
    return Optional.of(webIdentity(params, sourceIp));
  }

  private static XmlBody callerIdentity(Caller caller) {
    return new XmlBody()
        .text("UserId", caller.userId())
        .text("Account", caller.accountId())
        .text("Arn", caller.arn());
  }

  private XmlBody assumeRole(QueryParams params, Caller caller) {
    AssumeRoleRules.Granted granted = assumeRole.decide(params, caller, clock.instant());
    Instant now = clock.instant();
    return new XmlBody()
        .child(
            "Credentials",
            credentials(
                granted.roleArn(),
                granted.assumedRoleArn(),
                granted.assumedRoleId(),
                now.plusSeconds(granted.durationSeconds())))
        .child(
            "AssumedRoleUser",
            new XmlBody()
                .text("AssumedRoleId", granted.assumedRoleId())
                .text("Arn", granted.assumedRoleArn()));
  }

  private XmlBody webIdentity(QueryParams params, Optional<String> sourceIp) {
    var request =
        new AssumeRoleWithWebIdentityRequest(
            params.orNull("RoleArn"),
            params.orNull("RoleSessionName"),
            params.orNull("WebIdentityToken"),
            Optional.ofNullable(params.integer("DurationSeconds")),
            params.get("Policy"),
            params.structures("PolicyArns").stream().map(p -> p.get("arn")).toList());
    Instant now = clock.instant();
    String roleArn = request.roleArn() == null ? "" : request.roleArn();
    WebIdentityCall call =
        new WebIdentityCall(
            request,
            iam.providers(),
            iam.assumableRole(roleArn),
            // The global keys as for any request to STS's regional endpoint (RequestContexts).
            new RequestOrigin(region, now, true, sourceIp));
    WebIdentityDecision decision = WebIdentityRules.decide(call, verifier);
    Deliberation.on(roleArn);
    Deliberation.explain(() -> Explanation.of(decision));
    if (decision instanceof WebIdentityDecision.Refused refused) {
      Deliberation.because(() -> Explanation.why(decision).orElse(refused.message()));
      throw refused.toException();
    }
    var granted = (WebIdentityDecision.Granted) decision;
    XmlBody result =
        new XmlBody()
            .child(
                "Credentials",
                credentials(
                    granted.role().arn(),
                    granted.assumedRoleArn(),
                    granted.assumedRoleId(),
                    now.plusSeconds(granted.durationSeconds())))
            .text("SubjectFromWebIdentityToken", granted.subject())
            .child(
                "AssumedRoleUser",
                new XmlBody()
                    .text("AssumedRoleId", granted.assumedRoleId())
                    .text("Arn", granted.assumedRoleArn()))
            .text("Provider", granted.issuer())
            .text("Audience", granted.audience());
    return result;
  }

  /** New temporary credentials: an {@code ASIA…} key, a secret, and the sealed session token. */
  private XmlBody credentials(
      String roleArn, String assumedRoleArn, String assumedRoleId, Instant expiration) {
    String accountId = roleArn.split(":", 6)[4];
    Session session =
        new Session(
            AccessKeys.id("ASIA"),
            AccessKeys.secret(),
            expiration,
            accountId,
            roleArn,
            assumedRoleArn,
            assumedRoleId);
    return new XmlBody()
        .text("AccessKeyId", session.accessKeyId())
        .text("SecretAccessKey", session.secretAccessKey())
        .text("SessionToken", tokens.seal(session))
        .time("Expiration", expiration);
  }
}
