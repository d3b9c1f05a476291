package dev.rehearsal.core.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.CompiledPolicy;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorizer's semantics, each row citing the IAM User Guide: "Policy evaluation logic"
 * (same-account union of identity and resource policies, explicit deny wins, root's full access,
 * role ARN vs role session ARN in a resource policy), "AWS JSON policy elements: Principal" (an
 * account principal delegates to the account) and "Troubleshoot access denied error messages" (the
 * messages).
 */
class EcrAuthorizerTest {
  static final String ACCOUNT = "123456789012";
  static final String REGION = "eu-west-1";
  static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/ci/deployer";
  static final String SESSION_ARN =
      "arn:aws:sts::" + ACCOUNT + ":assumed-role/deployer/GitHubActions";
  static final String REPO_ARN = EcrArns.repository(REGION, ACCOUNT, "app");
  static final String PUT = "ecr:PutImage";

  static final EcrCaller SESSION =
      EcrCaller.roleSession(SESSION_ARN, ROLE_ARN, ACCOUNT, "AROAEXAMPLEID:GitHubActions");
  static final EcrCaller ROOT = EcrCaller.root(ACCOUNT);
  static final RequestOrigin ORIGIN =
      RequestOrigin.https(REGION, Instant.parse("2026-01-15T12:00:00Z"));

  static PolicyDocument identity(String effect, String action, String resource) {
    return PolicyParser.parse(
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"%s","Action":"%s","Resource":"%s"}]}"""
            .formatted(effect, action, resource),
        PolicyKind.IDENTITY);
  }

  static PolicyDocument repository(String effect, String principal, String action) {
    return RepositoryPolicies.parse(
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"%s","Principal":{"AWS":"%s"},"Action":"%s"}]}"""
            .formatted(effect, principal, action));
  }

  static PolicyDocument repositoryAnyone(String effect, String action) {
    return RepositoryPolicies.parse(
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"%s","Principal":"*","Action":"%s"}]}"""
            .formatted(effect, action));
  }

  static final PolicyDocument ALLOW_PUSH = identity("Allow", "ecr:*", "*");
  static final PolicyDocument DENY_PUSH = identity("Deny", PUT, REPO_ARN);

  static Stream<Arguments> cases() {
    return Stream.of(
        // "If an action is allowed by an identity-based policy, a resource-based policy, or both,
        // then AWS allows the action" (Policy evaluation logic).
        Arguments.of(
            "identity allow only",
            SESSION,
            List.of(ALLOW_PUSH),
            null,
            EcrDecision.Reason.IDENTITY_ALLOW),
        Arguments.of(
            "resource allow of the session ARN only",
            SESSION,
            List.of(),
            repository("Allow", SESSION_ARN, PUT),
            EcrDecision.Reason.RESOURCE_ALLOW),
        Arguments.of(
            "resource allow of the role ARN only",
            SESSION,
            List.of(),
            repository("Allow", ROLE_ARN, PUT),
            EcrDecision.Reason.RESOURCE_ALLOW),
        Arguments.of(
            "resource allow of anyone only",
            SESSION,
            List.of(),
            repositoryAnyone("Allow", PUT),
            EcrDecision.Reason.RESOURCE_ALLOW),
        // "This delegates authority to the account" (AWS account principals): the identity policy
        // decides.
        Arguments.of(
            "resource allow of the account (root ARN), no identity allow",
            SESSION,
            List.of(),
            repository("Allow", "arn:aws:iam::" + ACCOUNT + ":root", PUT),
            EcrDecision.Reason.IMPLICIT_DENY),
        Arguments.of(
            "resource allow of the account (ID), no identity allow",
            SESSION,
            List.of(),
            repository("Allow", ACCOUNT, PUT),
            EcrDecision.Reason.IMPLICIT_DENY),
        Arguments.of(
            "resource allow of the account, identity allow",
            SESSION,
            List.of(ALLOW_PUSH),
            repository("Allow", ACCOUNT, PUT),
            EcrDecision.Reason.IDENTITY_ALLOW),
        Arguments.of(
            "resource allow of another session of the role",
            SESSION,
            List.of(),
            repository("Allow", "arn:aws:sts::" + ACCOUNT + ":assumed-role/deployer/other", PUT),
            EcrDecision.Reason.IMPLICIT_DENY),
        Arguments.of(
            "resource allow of another account's role",
            SESSION,
            List.of(),
            repository("Allow", "arn:aws:iam::210987654321:role/ci/deployer", PUT),
            EcrDecision.Reason.IMPLICIT_DENY),
        Arguments.of(
            "no policy at all", SESSION, List.of(), null, EcrDecision.Reason.IMPLICIT_DENY),
        Arguments.of(
            "resource allow of another action",
            SESSION,
            List.of(),
            repository("Allow", SESSION_ARN, "ecr:BatchGetImage"),
            EcrDecision.Reason.IMPLICIT_DENY),
        // "An explicit deny in either of these policies overrides the allow."
        Arguments.of(
            "identity deny over resource allow",
            SESSION,
            List.of(DENY_PUSH),
            repository("Allow", SESSION_ARN, PUT),
            EcrDecision.Reason.IDENTITY_EXPLICIT_DENY),
        Arguments.of(
            "resource deny over identity allow",
            SESSION,
            List.of(ALLOW_PUSH),
            repository("Deny", ROLE_ARN, PUT),
            EcrDecision.Reason.RESOURCE_EXPLICIT_DENY),
        Arguments.of(
            "resource deny of the session over identity allow",
            SESSION,
            List.of(ALLOW_PUSH),
            repository("Deny", SESSION_ARN, PUT),
            EcrDecision.Reason.RESOURCE_EXPLICIT_DENY),
        Arguments.of(
            "resource deny of the account over identity allow",
            SESSION,
            List.of(ALLOW_PUSH),
            repository("Deny", ACCOUNT, "ecr:*"),
            EcrDecision.Reason.RESOURCE_EXPLICIT_DENY),
        Arguments.of(
            "both deny: the identity-based policy is named",
            SESSION,
            List.of(DENY_PUSH),
            repository("Deny", ACCOUNT, PUT),
            EcrDecision.Reason.IDENTITY_EXPLICIT_DENY),
        // "all requests are implicitly denied with the exception of the AWS account root user,
        // which has full access"
        Arguments.of("root without any policy", ROOT, List.of(), null, EcrDecision.Reason.ROOT),
        Arguments.of(
            "root with a repository policy allowing someone else",
            ROOT,
            List.of(),
            repository("Allow", ROLE_ARN, PUT),
            EcrDecision.Reason.ROOT),
        Arguments.of(
            "root denied by a repository policy naming the account",
            ROOT,
            List.of(),
            repository("Deny", "arn:aws:iam::" + ACCOUNT + ":root", PUT),
            EcrDecision.Reason.RESOURCE_EXPLICIT_DENY),
        Arguments.of(
            "root denied by a repository policy naming anyone",
            ROOT,
            List.of(),
            repositoryAnyone("Deny", PUT),
            EcrDecision.Reason.RESOURCE_EXPLICIT_DENY),
        Arguments.of(
            "root not denied by a Deny of the role",
            ROOT,
            List.of(),
            repository("Deny", ROLE_ARN, PUT),
            EcrDecision.Reason.ROOT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void authorize_whenPoliciesCombine_decidesAsIamPolicyEvaluationLogic(
      String name,
      EcrCaller caller,
      List<PolicyDocument> identity,
      PolicyDocument repositoryPolicy,
      EcrDecision.Reason expected) {
    EcrAuthorizer authorizer = new EcrAuthorizer();
    EcrDecision decision =
        authorizer.authorize(
            caller, ORIGIN, PUT, REPO_ARN, identity, Optional.ofNullable(repositoryPolicy));
    assertThat(decision.reason()).as(decision.explain()).isEqualTo(expected);
    assertThat(decision.allowed()).isEqualTo(expected.allowed());
    assertThat(decision.resource().isPresent()).isEqualTo(repositoryPolicy != null);

    // The compiled path answers the same.
    EcrDecision compiled =
        authorizer.authorizeCompiled(
            caller,
            ORIGIN,
            PUT,
            REPO_ARN,
            identity.stream().map(CompiledPolicy::compile).toList(),
            Optional.ofNullable(repositoryPolicy).map(CompiledPolicy::compile));
    assertThat(compiled.reason()).isEqualTo(expected);
  }

  @Test
  void denialMessage_whenNoPolicyAllows_isIamImplicitDenyWording() {
    EcrDecision decision =
        new EcrAuthorizer().authorize(SESSION, ORIGIN, PUT, REPO_ARN, List.of(), Optional.empty());
    // IAM User Guide, "Troubleshoot access denied error messages".
    assertThat(decision.denialMessage())
        .contains(
            "User: "
                + SESSION_ARN
                + " is not authorized to perform: ecr:PutImage on resource: "
                + REPO_ARN
                + " because no identity-based policy allows the ecr:PutImage action");
    assertThatThrownBy(decision::requireAllowed)
        .isInstanceOf(RehearsalException.class)
        .extracting(e -> ((RehearsalException) e).errorCode())
        .isEqualTo(AwsErrorCode.ECR_ACCESS_DENIED);
    assertThatThrownBy(decision::requireAllowedForRegistry)
        .isInstanceOf(RegistryException.class)
        .extracting(e -> ((RegistryException) e).registryCode())
        .isEqualTo(RegistryErrorCode.DENIED);
  }

  @Test
  void denialMessage_whenDeniedExplicitly_namesThePolicyType() {
    EcrAuthorizer authorizer = new EcrAuthorizer();
    assertThat(
            authorizer
                .authorize(SESSION, ORIGIN, PUT, REPO_ARN, List.of(DENY_PUSH), Optional.empty())
                .denialMessage())
        .hasValueSatisfying(
            m -> assertThat(m).endsWith(" with an explicit deny in an identity-based policy"));
    assertThat(
            authorizer
                .authorize(
                    SESSION,
                    ORIGIN,
                    PUT,
                    REPO_ARN,
                    List.of(ALLOW_PUSH),
                    Optional.of(repository("Deny", ROLE_ARN, PUT)))
                .denialMessage())
        .hasValueSatisfying(
            m -> assertThat(m).endsWith(" with an explicit deny in a resource-based policy"));
  }

  @Test
  void authorize_whenAllowed_hasNoMessage() {
    EcrDecision decision =
        new EcrAuthorizer()
            .authorize(SESSION, ORIGIN, PUT, REPO_ARN, List.of(ALLOW_PUSH), Optional.empty());
    assertThat(decision.denialMessage()).isEmpty();
    decision.requireAllowed();
  }

  @Test
  void authorize_whenGetAuthorizationToken_readsNoRepositoryPolicy() {
    // GetAuthorizationToken is authorized on "*" (Service Authorization Reference, ECR).
    EcrDecision decision =
        new EcrAuthorizer()
            .authorize(
                SESSION,
                ORIGIN,
                EcrArns.GET_AUTHORIZATION_TOKEN,
                EcrArns.ANY_RESOURCE,
                List.of(ALLOW_PUSH),
                Optional.of(repositoryAnyone("Deny", "ecr:*")));
    assertThat(decision.reason()).isEqualTo(EcrDecision.Reason.IDENTITY_ALLOW);
    assertThat(decision.resource()).isEmpty();
  }

  @Test
  void authorize_whenConditionTestsPrincipalArn_seesTheRoleArnForASession() {
    // aws:PrincipalArn is the role's ARN for a role session (IAM User Guide, "AWS global
    // condition context keys").
    PolicyDocument conditioned =
        PolicyParser.parse(
            """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:PutImage",
             "Resource":"*","Condition":{"StringEquals":{"aws:PrincipalArn":"%s",
             "aws:PrincipalAccount":"%s","aws:userid":"AROAEXAMPLEID:GitHubActions"}}}]}"""
                .formatted(ROLE_ARN, ACCOUNT),
            PolicyKind.IDENTITY);
    assertThat(
            new EcrAuthorizer()
                .authorize(SESSION, ORIGIN, PUT, REPO_ARN, List.of(conditioned), Optional.empty())
                .allowed())
        .isTrue();
  }

  @Test
  void authorize_whenNotPrincipalListsOnlyTheRole_stillDeniesTheSession() {
    // IAM User Guide, "AWS JSON policy elements: NotPrincipal": a Deny with NotPrincipal must list
    // both the role's ARN and the session's ARN to exempt a session.
    PolicyDocument onlyRole =
        RepositoryPolicies.parse(
            """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"%s"},
             "Action":"ecr:*"}]}"""
                .formatted(ROLE_ARN));
    PolicyDocument both =
        RepositoryPolicies.parse(
            """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":["%s","%s"]},
             "Action":"ecr:*"}]}"""
                .formatted(ROLE_ARN, SESSION_ARN));
    EcrAuthorizer authorizer = new EcrAuthorizer();
    assertThat(
            authorizer
                .authorize(
                    SESSION, ORIGIN, PUT, REPO_ARN, List.of(ALLOW_PUSH), Optional.of(onlyRole))
                .reason())
        .isEqualTo(EcrDecision.Reason.RESOURCE_EXPLICIT_DENY);
    assertThat(
            authorizer
                .authorize(SESSION, ORIGIN, PUT, REPO_ARN, List.of(ALLOW_PUSH), Optional.of(both))
                .reason())
        .isEqualTo(EcrDecision.Reason.IDENTITY_ALLOW);
  }
}
