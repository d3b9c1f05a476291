package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.ecr.EcrArns;
import dev.rehearsal.core.ecr.EcrAuthorizer;
import dev.rehearsal.core.ecr.EcrCaller;
import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.evaluation.RequestOrigin;
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
import dev.rehearsal.core.federation.WebIdentityRules;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyParser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ecr.model.RepositoryPolicyNotFoundException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Try a token against a role: the real {@code AssumeRoleWithWebIdentity} through the aws-emulator
 * (its answer and request id), and beside it core's trace of the same call — each STS check in
 * AWS's order, the trust policy's statements and conditions with the claim values — for the
 * account's providers and the role as IAM returns them now; then what the session may do on a
 * repository, each ECR action of a pull and a push evaluated by core's {@link EcrAuthorizer}, the
 * check the emulator itself makes.
 */
final class TrialView {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What configure-aws-credentials names the session by default (facts.md). */
  static final String SESSION_NAME = "GitHubActions";

  /** A login, a pull and a push, in the order docker makes them. */
  static final List<String> ECR_ACTIONS =
      List.of(
          EcrArns.GET_AUTHORIZATION_TOKEN,
          "ecr:BatchCheckLayerAvailability",
          "ecr:BatchGetImage",
          "ecr:GetDownloadUrlForLayer",
          "ecr:InitiateLayerUpload",
          "ecr:UploadLayerPart",
          "ecr:CompleteLayerUpload",
          "ecr:PutImage");

  /**
   * The signature and the issuer's certificate are the emulator's to check (its answer is shown
   * beside the trace): the trace answers what the policies admit, as {@code rehearse check} does.
   */
  private static final TokenVerifier CHECKED_BY_THE_EMULATOR =
      (provider, token) ->
          new TokenVerification(
              SignatureVerdict.VALID, new IssuerTls(true, "checked by the aws-emulator's call"));

  private final Clients aws;
  private final IamReads iam;
  private final EcrAuthorizer authorizer = new EcrAuthorizer();

  TrialView(Clients aws) {
    this.aws = aws;
    this.iam = new IamReads(aws);
  }

  ObjectNode attempt(JsonNode form) {
    String jwt =
        TokenView.field(form, "token").orElseThrow(() -> new UserError("no token: mint one first"));
    String roleName =
        TokenView.field(form, "role").orElseThrow(() -> new UserError("no role chosen"));
    Role role = role(roleName);
    ObjectNode out = JSON.createObjectNode();
    out.put("role", role.arn());
    out.set("sts", realCall(role.arn(), jwt));
    DecodedJwt token =
        JwtDecoder.decode(jwt).orElseThrow(() -> new UserError("the token is not a JWT"));
    AssumableRole assumable =
        new AssumableRole(
            role.arn(),
            role.roleId(),
            PolicyParser.parse(IamReads.document(role.assumeRolePolicyDocument())),
            role.maxSessionDuration() == null ? 3600 : role.maxSessionDuration());
    WebIdentityDecision decision =
        WebIdentityRules.decide(
            new WebIdentityCall(
                AssumeRoleWithWebIdentityRequest.of(role.arn(), SESSION_NAME, jwt),
                iam.providers().stream().map(IamReads.Provider::provider).toList(),
                Optional.of(assumable),
                Instant.now()),
            token,
            CHECKED_BY_THE_EMULATOR);
    out.put("granted", decision instanceof WebIdentityDecision.Granted);
    if (decision instanceof WebIdentityDecision.Refused refused) {
      out.put("code", refused.code().code()).put("message", refused.message());
    }
    out.set("checks", TraceJson.checks(decision.checks()));
    decision.trust().ifPresent(trust -> out.set("trust", TraceJson.decision(trust)));
    if (decision instanceof WebIdentityDecision.Granted granted) {
      TokenView.field(form, "repository")
          .ifPresent(repository -> out.set("ecr", ecr(granted, role, repository)));
    }
    return out;
  }

  private Role role(String nameOrArn) {
    String name = nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
    try {
      return aws.iam().getRole(r -> r.roleName(name)).role();
    } catch (NoSuchEntityException e) {
      throw new UserError("no role " + name + " in the account");
    }
  }

  /** What the aws-emulator answers, as the AWS CLI would see it (no secret shown). */
  private ObjectNode realCall(String roleArn, String jwt) {
    ObjectNode out = JSON.createObjectNode();
    try {
      AssumeRoleWithWebIdentityResponse response =
          aws.sts()
              .assumeRoleWithWebIdentity(
                  r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME).webIdentityToken(jwt));
      out.put("ok", true);
      out.put("assumedRole", response.assumedRoleUser().arn());
      out.put("expiration", response.credentials().expiration().toString());
      out.put("requestId", response.responseMetadata().requestId());
    } catch (StsException e) {
      out.put("ok", false);
      out.put("status", e.statusCode());
      out.put("code", e.awsErrorDetails().errorCode());
      out.put("message", e.awsErrorDetails().errorMessage());
      out.put("requestId", e.requestId());
    }
    return out;
  }

  /** Each action of a login, pull and push on {@code repository}, for the session STS grants. */
  private ArrayNode ecr(WebIdentityDecision.Granted granted, Role role, String repository) {
    EcrCaller session =
        EcrCaller.roleSession(
            granted.assumedRoleArn(),
            role.arn(),
            granted.role().accountId(),
            granted.assumedRoleId());
    List<PolicyDocument> identity =
        iam.policies(role.roleName()).stream()
            .map(policy -> PolicyParser.parse(policy.document()))
            .toList();
    Optional<PolicyDocument> repositoryPolicy = repositoryPolicy(repository);
    // The keys of a request to ECR's endpoint in the world's region, over HTTPS, now.
    RequestOrigin origin = RequestOrigin.https(aws.region(), java.time.Instant.now());
    ArrayNode out = JSON.createArrayNode();
    for (String action : ECR_ACTIONS) {
      String resource =
          EcrArns.resourceFor(action, aws.region(), granted.role().accountId(), repository);
      EcrDecision decision =
          authorizer.authorize(session, origin, action, resource, identity, repositoryPolicy);
      ObjectNode item = out.addObject();
      item.put("action", action);
      item.put("resource", resource);
      item.put("allowed", decision.allowed());
      item.put("reason", decision.reason().name());
      decision.denialMessage().ifPresent(message -> item.put("message", message));
      item.put("explanation", decision.explain());
    }
    return out;
  }

  private Optional<PolicyDocument> repositoryPolicy(String repository) {
    try {
      return Optional.of(
          parse(aws.ecr().getRepositoryPolicy(r -> r.repositoryName(repository)).policyText()));
    } catch (RepositoryPolicyNotFoundException e) {
      return Optional.empty();
    }
  }

  private static PolicyDocument parse(String text) {
    return PolicyParser.parse(IamReads.document(text));
  }
}
