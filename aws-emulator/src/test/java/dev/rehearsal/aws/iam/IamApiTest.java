package dev.rehearsal.aws.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Seed;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** IAM's role, provider and policy actions through the AWS SDK v2 (botocore iam/2010-05-08). */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class IamApiTest {
  private static final String IDENTITY_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
          + "\"Resource\":\"*\"}]}";

  @Test
  void createRole_whenNameTakenInAnotherCase_isEntityAlreadyExists409() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      Seed.ensure(iam);
      assertThatThrownBy(
              () ->
                  iam.createRole(
                      r ->
                          r.roleName(Seed.ROLE.toUpperCase())
                              .assumeRolePolicyDocument(Seed.TRUST_POLICY)))
          .isInstanceOfSatisfying(
              EntityAlreadyExistsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(409);
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Role with name GITHUBOIDCIAMROLE already exists.");
              });
    }
  }

  @Test
  void getRole_returnsTrustPolicyUrlEncoded_andDefaults() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      Seed.ensure(iam);
      var role = iam.getRole(r -> r.roleName(Seed.ROLE)).role();

      assertThat(role.arn()).isEqualTo(Seed.ROLE_ARN);
      assertThat(role.path()).isEqualTo("/");
      assertThat(role.roleId()).matches("AROA[A-Z2-7]{17}");
      assertThat(role.maxSessionDuration()).isEqualTo(3600);
      assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
          .isEqualTo(Seed.TRUST_POLICY);
    }
  }

  @Test
  void getRole_whenMissing_isNoSuchEntity404() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("Nobody")))
          .isInstanceOfSatisfying(
              NoSuchEntityException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The role with name Nobody cannot be found.");
              });
    }
  }

  @Test
  void createRole_whenNameHasSpace_isValidationError_citingThePattern() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      assertThatThrownBy(
              () ->
                  iam.createRole(
                      r -> r.roleName("bad name").assumeRolePolicyDocument(Seed.TRUST_POLICY)))
          .isInstanceOfSatisfying(
              IamException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "1 validation error detected: Value 'bad name' at 'roleName' failed to"
                            + " satisfy constraint: Member must satisfy regular expression"
                            + " pattern: [\\w+=,.@-]+");
              });
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("bad name")))
          .isInstanceOf(IamException.class);
    }
  }

  @Test
  void createRole_whenTrustPolicyIsNotJson_isMalformedPolicyDocument_andNothingCreated() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      assertThatThrownBy(
              () -> iam.createRole(r -> r.roleName("Broken").assumeRolePolicyDocument("{nope")))
          .isInstanceOfSatisfying(
              MalformedPolicyDocumentException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .startsWith("Syntax errors in policy."));
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("Broken")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  @Test
  void deleteRole_whenInlinePolicyRemains_isDeleteConflict_thenSucceedsAfterDeletingIt() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      iam.createRole(r -> r.roleName("Temporary").assumeRolePolicyDocument(Seed.TRUST_POLICY));
      iam.putRolePolicy(
          r -> r.roleName("Temporary").policyName("s3").policyDocument(IDENTITY_POLICY));

      assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName("Temporary")))
          .isInstanceOfSatisfying(
              DeleteConflictException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo("Cannot delete entity, must delete policies first."));

      assertThat(iam.listRolePolicies(r -> r.roleName("Temporary")).policyNames())
          .containsExactly("s3");
      iam.deleteRolePolicy(r -> r.roleName("Temporary").policyName("s3"));
      iam.deleteRole(r -> r.roleName("Temporary"));
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("Temporary")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  @Test
  void listRoles_paginatesWithMarker() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      for (int i = 0; i < 3; i++) {
        String name = "Paged" + i;
        iam.createRole(
            r -> r.roleName(name).path("/paged/").assumeRolePolicyDocument(Seed.TRUST_POLICY));
      }
      var first = iam.listRoles(r -> r.pathPrefix("/paged/").maxItems(2));
      var second = iam.listRoles(r -> r.pathPrefix("/paged/").marker(first.marker()));

      assertThat(first.isTruncated()).isTrue();
      assertThat(first.roles()).extracting(r -> r.roleName()).containsExactly("Paged0", "Paged1");
      assertThat(second.isTruncated()).isFalse();
      assertThat(second.roles()).extracting(r -> r.roleName()).containsExactly("Paged2");
      assertThat(iam.listRolesPaginator(r -> r.pathPrefix("/paged/").maxItems(1)).roles())
          .hasSize(3);
    }
  }

  @Test
  void openIdConnectProvider_clientIdsAndTags() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      String arn =
          iam.createOpenIDConnectProvider(
                  r ->
                      r.url("https://gitlab.example.com")
                          .clientIDList("a")
                          .thumbprintList("1".repeat(40)))
              .openIDConnectProviderArn();
      iam.addClientIDToOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn).clientID("b"));
      iam.tagOpenIDConnectProvider(
          r -> r.openIDConnectProviderArn(arn).tags(t -> t.key("team").value("ci")));

      var provider = iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
      assertThat(arn).isEqualTo("arn:aws:iam::000000000000:oidc-provider/gitlab.example.com");
      assertThat(provider.url()).isEqualTo("gitlab.example.com");
      assertThat(provider.clientIDList()).containsExactly("a", "b");
      assertThat(provider.tags()).extracting(t -> t.key()).containsExactly("team");
      assertThat(iam.listOpenIDConnectProviders().openIDConnectProviderList())
          .extracting(p -> p.arn())
          .contains(arn);

      assertThatThrownBy(
              () ->
                  iam.updateOpenIDConnectProviderThumbprint(
                      r ->
                          r.openIDConnectProviderArn(arn)
                              .thumbprintList(
                                  "1".repeat(40),
                                  "2".repeat(40),
                                  "3".repeat(40),
                                  "4".repeat(40),
                                  "5".repeat(40),
                                  "6".repeat(40))))
          .isInstanceOf(LimitExceededException.class);
      iam.deleteOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn));
      assertThatThrownBy(() -> iam.getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  @Test
  void managedPolicy_versionsAttachAndDeleteRules() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      iam.createRole(r -> r.roleName("Managed").assumeRolePolicyDocument(Seed.TRUST_POLICY));
      var policy =
          iam.createPolicy(r -> r.policyName("S3All").policyDocument(IDENTITY_POLICY)).policy();
      assertThat(policy.arn()).isEqualTo("arn:aws:iam::000000000000:policy/S3All");
      assertThat(policy.defaultVersionId()).isEqualTo("v1");

      iam.createPolicyVersion(
          r -> r.policyArn(policy.arn()).policyDocument(IDENTITY_POLICY).setAsDefault(true));
      iam.attachRolePolicy(r -> r.roleName("Managed").policyArn(policy.arn()));

      assertThat(iam.getPolicy(r -> r.policyArn(policy.arn())).policy().attachmentCount())
          .isEqualTo(1);
      assertThat(
              iam.getPolicyVersion(r -> r.policyArn(policy.arn()).versionId("v2"))
                  .policyVersion()
                  .isDefaultVersion())
          .isTrue();
      assertThat(iam.listAttachedRolePolicies(r -> r.roleName("Managed")).attachedPolicies())
          .extracting(p -> p.policyName())
          .containsExactly("S3All");
      assertThatThrownBy(
              () -> iam.deletePolicyVersion(r -> r.policyArn(policy.arn()).versionId("v2")))
          .isInstanceOf(DeleteConflictException.class);
      assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName("Managed")))
          .isInstanceOf(DeleteConflictException.class);
      assertThatThrownBy(() -> iam.deletePolicy(r -> r.policyArn(policy.arn())))
          .isInstanceOf(DeleteConflictException.class);

      iam.detachRolePolicy(r -> r.roleName("Managed").policyArn(policy.arn()));
      iam.deletePolicyVersion(r -> r.policyArn(policy.arn()).versionId("v1"));
      iam.deletePolicy(r -> r.policyArn(policy.arn()));
      assertThatThrownBy(() -> iam.getPolicy(r -> r.policyArn(policy.arn())))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  @Test
  void assumeRole_withRootKey_whenTrustNamesTheAccount_thenSessionActsAsRole() {
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},"
            + "\"Action\":\"sts:AssumeRole\"}]}";
    try (IamClient iam = Clients.iam(Clients.ROOT);
        var sts = Clients.sts(Clients.ROOT)) {
      iam.createRole(r -> r.roleName("Operator").assumeRolePolicyDocument(trust));
      iam.putRolePolicy(
          r ->
              r.roleName("Operator")
                  .policyName("read")
                  .policyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Action\":\"iam:GetRole\",\"Resource\":\"*\"}]}"));
      var assumed =
          sts.assumeRole(
              r -> r.roleArn("arn:aws:iam::000000000000:role/Operator").roleSessionName("ops"));

      try (IamClient asRole = Clients.iam(Clients.of(assumed.credentials()))) {
        assertThat(asRole.getRole(r -> r.roleName("Operator")).role().roleName())
            .isEqualTo("Operator");
        assertThatThrownBy(() -> asRole.deleteRole(r -> r.roleName("Operator")))
            .isInstanceOfSatisfying(
                SdkServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
      }
      assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(Seed.ROLE_ARN).roleSessionName("ops")))
          .isInstanceOfSatisfying(
              SdkServiceException.class,
              e ->
                  assertThat(e.getMessage())
                      .contains(
                          "User: arn:aws:iam::000000000000:root is not authorized to perform:"
                              + " sts:AssumeRole on resource: "
                              + Seed.ROLE_ARN));
    }
  }
}
