package dev.rehearsal.aws.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.CallerContexts;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.iam.IamShapes.AttachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.ListAttachedRolePoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.PutRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.Role;
import dev.rehearsal.aws.state.DataDirectory;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IAM's typed operations called in process, as CloudFormation will call them: the records in, the
 * records out, the same validation and the same authorisation as the query protocol's (whose
 * answers {@link IamQueryGoldenTest} pins).
 */
class IamOperationsTest {
  private static final String ACCOUNT = IamQueryGoldenTest.ACCOUNT;
  private static final Caller ROOT = Caller.root(ACCOUNT);
  private static final String GITHUB = "https://token.actions.githubusercontent.com";
  private static final String TRUST =
      ("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
              + "{\"Federated\":\"arn:aws:iam::%s:oidc-provider/token.actions.githubusercontent.com\"},"
              + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{"
              + "\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"},"
              + "\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:acme/*\"}}}]}")
          .formatted(ACCOUNT);

  @TempDir Path dir;

  private IamStore store;
  private IamOperations iam;

  @BeforeEach
  void setUp() {
    store = new IamStore(new DataDirectory(dir));
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T22:40:00Z"), ZoneOffset.UTC);
    iam =
        IamOperations.create(
            store,
            ACCOUNT,
            clock,
            new IdentityPolicyCheck(
                store::identityPolicies, CallerContexts.untagged("eu-west-1", clock)));
  }

  @Test
  void aStacksResources_createdThroughTheRecords_areWhatStsAndTheApiSee() {
    var provider =
        iam.providers()
            .createOpenIDConnectProvider(
                ROOT,
                new CreateOpenIDConnectProviderRequest(
                    GITHUB, List.of("sts.amazonaws.com"), null, null));
    Role created =
        iam.roles()
            .createRole(ROOT, new CreateRoleRequest(null, "Deploy", TRUST, null, null, null))
            .role();
    var policy =
        iam.managedPolicies()
            .createPolicy(
                ROOT,
                new CreatePolicyRequest("Push", null, IamQueryGoldenTest.IDENTITY, "pushes", null))
            .policy();
    iam.managedPolicies()
        .attachRolePolicy(ROOT, new AttachRolePolicyRequest("Deploy", policy.arn()));
    iam.rolePolicies()
        .putRolePolicy(
            ROOT, new PutRolePolicyRequest("Deploy", "Inline", IamQueryGoldenTest.IDENTITY));

    assertThat(provider.openIDConnectProviderArn())
        .isEqualTo("arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com");
    assertThat(provider.tags()).isEmpty();
    assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:role/Deploy");
    assertThat(created.maxSessionDuration()).isEqualTo(3600);
    Role got = iam.roles().getRole(ROOT, new GetRoleRequest("deploy")).role();
    assertThat(got.assumeRolePolicyDocument())
        .as("the text as given, not URL-encoded")
        .isEqualTo(TRUST);
    assertThat(got.roleLastUsed()).isNotNull();
    assertThat(
            iam.managedPolicies()
                .listAttachedRolePolicies(
                    ROOT, new ListAttachedRolePoliciesRequest("Deploy", null, null, null))
                .attachedPolicies())
        .extracting(IamShapes.AttachedPolicy::policyName)
        .containsExactly("Push");
    assertThat(store.assumableRole(created.arn())).isPresent();
    assertThat(store.providers()).hasSize(1);
  }

  @Test
  void aRequest_isValidatedWithTheApisText() {
    assertThatThrownBy(
            () ->
                iam.roles()
                    .createRole(
                        ROOT, new CreateRoleRequest("ci", "bad name", TRUST, null, 100, null)))
        .isInstanceOfSatisfying(
            RehearsalException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
              assertThat(e.getMessage())
                  .startsWith("3 validation errors detected: Value 'ci' at 'path'")
                  .contains("Value 'bad name' at 'roleName' failed to satisfy constraint")
                  .contains("Value '100' at 'maxSessionDuration'");
            });
    assertThat(store.state().roles()).isEmpty();
  }

  @Test
  void aRoleSession_isAuthorisedBeforeItsRequestIsValidated() {
    iam.roles().createRole(ROOT, new CreateRoleRequest(null, "Dev", TRUST, null, null, null));
    Caller dev =
        new Caller(
            "arn:aws:sts::000000000000:assumed-role/Dev/s",
            "AROADEV:s",
            ACCOUNT,
            Optional.of("arn:aws:iam::000000000000:role/Dev"),
            Optional.of(Instant.parse("2026-11-26T00:00:00Z")));

    assertThatThrownBy(
            () ->
                iam.roles()
                    .createRole(
                        dev, new CreateRoleRequest(null, "bad name", null, null, null, null)))
        .isInstanceOfSatisfying(
            RehearsalException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(AwsErrorCode.ACCESS_DENIED);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "User: arn:aws:sts::000000000000:assumed-role/Dev/s is not authorized to"
                          + " perform: iam:CreateRole on resource:"
                          + " arn:aws:iam::000000000000:role/bad name because no identity-based"
                          + " policy allows the iam:CreateRole action");
            });

    iam.rolePolicies()
        .putRolePolicy(
            ROOT,
            new PutRolePolicyRequest(
                "Dev",
                "Read",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Action\":\"iam:GetRole\",\"Resource\":\"*\"}]}"));
    assertThat(iam.roles().getRole(dev, new GetRoleRequest("Dev")).role().roleName())
        .isEqualTo("Dev");
  }
}
