package dev.rehearsal.aws.sts;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.aws.iam.IamStore;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.evaluation.RequestContexts;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.explain.Explanation;
import dev.rehearsal.core.federation.AssumableRole;
import dev.rehearsal.core.federation.WebIdentityParameters;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Decides STS {@code AssumeRole} for a signed caller: parameters (botocore {@code sts/2011-06-15}),
 * the caller's identity policies (a role session needs {@code sts:AssumeRole} on the role), the
 * role's trust policy naming the caller's principal (core's evaluator), and {@code DurationSeconds}
 * within the role's maximum. A missing role and a refusing trust policy give the same {@code
 * AccessDenied}, as STS gives.
 */
public final class AssumeRoleRules {
  static final String ACTION = "sts:AssumeRole";
  private static final String TRUST = "the role's trust policy allows the caller";
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:\\/-]*");

  private final IamStore iam;
  private final IdentityPolicyCheck identity;
  private final String region;
  private final PolicyEvaluator evaluator = new PolicyEvaluator();

  public AssumeRoleRules(IamStore iam, IdentityPolicyCheck identity, String region) {
    this.iam = iam;
    this.identity = identity;
    this.region = region;
  }

  /** What a granted call yields. */
  public record Granted(
      String roleArn, String assumedRoleArn, String assumedRoleId, int durationSeconds) {}

  public Granted decide(QueryParams params, Caller caller, Instant now) {
    String roleArn = params.orNull("RoleArn");
    String session = params.orNull("RoleSessionName");
    Integer duration = params.integer("DurationSeconds");
    String externalId = params.orNull("ExternalId");
    String policy = params.orNull("Policy");
    new ValidationErrors()
        .required("roleArn", roleArn, 20, 2048)
        .required("roleSessionName", session, 2, 64)
        .pattern("roleSessionName", session, WebIdentityParameters.sessionNamePattern())
        .range("durationSeconds", duration, 900, 43200)
        .optional("externalId", externalId, 2, 1224)
        .pattern("externalId", externalId, EXTERNAL_ID)
        .optional("policy", policy, 1, 2048)
        .throwIfAny();
    if (policy != null) {
      PolicyParser.parse(policy, PolicyKind.IDENTITY);
    }
    Deliberation.on(roleArn);
    identity.require(caller, ACTION, roleArn);
    AssumableRole role =
        iam.assumableRole(roleArn)
            .orElseThrow(
                () -> {
                  String missing = "no role " + roleArn + " in the account";
                  Deliberation.explainLine(Explanation.check(false, "the role exists", missing));
                  Deliberation.because(() -> missing);
                  return denied(caller, roleArn);
                });
    ContextKeys.Builder keys =
        RequestContexts.builder(
                caller.requester(iam::roleTags),
                caller.origin().orElseGet(() -> RequestOrigin.https(region, now)).at(now))
            .put("sts:RoleSessionName", session);
    if (externalId != null) {
      keys.put("sts:ExternalId", externalId);
    }
    // A role session is matched by its role's ARN (IAM User Guide, "Role chaining").
    RequestPrincipal principal = RequestPrincipal.aws(caller.roleArn().orElse(caller.arn()));
    Decision trust =
        evaluator.evaluate(
            java.util.List.of(role.trustPolicy()),
            EvaluationRequest.assumeRole(principal, ACTION, keys.build()));
    Deliberation.explain(() -> Explanation.step(TRUST, trust));
    if (!trust.allowed()) {
      Deliberation.because(() -> TRUST + ": no — " + Explanation.why(trust));
      throw denied(caller, roleArn);
    }
    int seconds = duration == null ? 3600 : duration;
    if (seconds > role.maxSessionDurationSeconds()) {
      throw new RehearsalException(
          AwsErrorCode.VALIDATION_ERROR,
          "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    return new Granted(
        role.arn(),
        "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.name() + "/" + session,
        role.roleId() + ":" + session,
        seconds);
  }

  private static RehearsalException denied(Caller caller, String roleArn) {
    return new RehearsalException(
        AwsErrorCode.ACCESS_DENIED,
        "User: "
            + caller.arn()
            + " is not authorized to perform: "
            + ACTION
            + " on resource: "
            + roleArn);
  }
}
