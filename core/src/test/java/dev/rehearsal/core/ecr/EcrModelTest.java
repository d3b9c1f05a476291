package dev.rehearsal.core.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RegistryOperation's actions, EcrArns and RepositoryPolicies, each against its source. */
class EcrModelTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // ECR User Guide, "IAM permissions for pushing an image to an Amazon ECR private repository"
    "CHECK_BLOB, ecr:BatchCheckLayerAvailability",
    "START_UPLOAD, ecr:InitiateLayerUpload",
    "MOUNT_BLOB, ecr:InitiateLayerUpload",
    "UPLOAD_CHUNK, ecr:UploadLayerPart",
    "COMPLETE_UPLOAD, ecr:CompleteLayerUpload",
    "PUT_MANIFEST, ecr:PutImage",
    // ECR API reference: BatchGetImage "called once to retrieve the image manifest",
    // GetDownloadUrlForLayer "once per image layer"
    "GET_MANIFEST, ecr:BatchGetImage",
    "CHECK_MANIFEST, ecr:BatchGetImage",
    "GET_BLOB, ecr:GetDownloadUrlForLayer",
    "LIST_TAGS, ecr:ListImages",
    "DELETE_MANIFEST, ecr:BatchDeleteImage",
    // botocore ecr ListImageReferrers: "must have the ecr:BatchGetImage permission"
    "LIST_REFERRERS, ecr:BatchGetImage",
    // not documented by ECR: decided in RegistryOperation's javadoc
    "UPLOAD_STATUS, ecr:UploadLayerPart",
    "CANCEL_UPLOAD, ecr:UploadLayerPart",
  })
  void action_whenOperation_isTheEcrActionEcrDocuments(RegistryOperation operation, String action) {
    assertThat(operation.action()).isEqualTo(action);
  }

  @Test
  void writes_whenPushOrDelete_isTrue() {
    Set<RegistryOperation> reads =
        EnumSet.of(
            RegistryOperation.CHECK_BLOB,
            RegistryOperation.GET_BLOB,
            RegistryOperation.UPLOAD_STATUS,
            RegistryOperation.GET_MANIFEST,
            RegistryOperation.CHECK_MANIFEST,
            RegistryOperation.LIST_TAGS,
            RegistryOperation.LIST_REFERRERS);
    for (RegistryOperation operation : RegistryOperation.values()) {
      assertThat(operation.writes()).as(operation.name()).isEqualTo(!reads.contains(operation));
    }
  }

  @Test
  void mountChecks_whenMounting_needsPullOnTheSource() {
    // ECR User Guide, "Blob mounting in Amazon ECR": "Users need ecr:GetDownloadUrlForLayer IAM
    // permission on a repository to mount layers from it".
    RepositoryName target = RepositoryName.parse("team/app");
    RepositoryName source = RepositoryName.parse("team/base");
    assertThat(RegistryOperation.mountChecks(target, source))
        .containsExactly(
            new RegistryOperation.RequiredPermission("ecr:InitiateLayerUpload", target),
            new RegistryOperation.RequiredPermission("ecr:GetDownloadUrlForLayer", source));
    assertThat(
            RegistryOperation.mountChecks(target, source).stream()
                .map(check -> check.resourceArn("eu-west-1", "123456789012"))
                .collect(Collectors.toList()))
        .containsExactly(
            "arn:aws:ecr:eu-west-1:123456789012:repository/team/app",
            "arn:aws:ecr:eu-west-1:123456789012:repository/team/base");
    assertThat(RegistryOperation.PUT_MANIFEST.checks(target))
        .containsExactly(new RegistryOperation.RequiredPermission("ecr:PutImage", target));
  }

  @Test
  void resourceFor_whenGetAuthorizationToken_isStar() {
    // Service Authorization Reference, ECR: GetAuthorizationToken has no resource type.
    assertThat(EcrArns.resourceFor("ecr:getauthorizationtoken", "us-east-1", "123456789012", "x"))
        .isEqualTo("*");
    assertThat(EcrArns.resourceFor("ecr:PutImage", "us-east-1", "123456789012", "a/b"))
        .isEqualTo("arn:aws:ecr:us-east-1:123456789012:repository/a/b");
  }

  @Test
  void repositoryPoliciesParse_whenValid_isAResourcePolicy() {
    // ECR User Guide, "Private repository policy examples"; 2008-10-17 is accepted too.
    var policy =
        RepositoryPolicies.parse(
            """
            {"Version":"2008-10-17","Statement":[{"Sid":"AllowPull","Effect":"Allow",
             "Principal":{"AWS":"arn:aws:iam::123456789012:role/ci"},
             "Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}]}""");
    assertThat(policy.statements()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a Resource element: awsdocs/amazon-ecr-user-guide#20, aws/aws-cdk#24314
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"ecr:*\",\"Resource\":\"*\"}]}",
        // no Principal (a resource-based policy names one)
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecr:*\"}]}",
        // not JSON
        "{\"Version\":",
        // no statement
        "{\"Version\":\"2012-10-17\"}",
      })
  void repositoryPoliciesParse_whenInvalid_isRefusedAsSetRepositoryPolicyRefusesIt(String text) {
    // aws/aws-cdk#3583, terraform-aws-modules/terraform-aws-ecr#19, moto/ecr/models.py
    assertThatThrownBy(() -> RepositoryPolicies.parse(text))
        .isInstanceOf(RehearsalException.class)
        .hasMessage(
            "Invalid parameter at 'PolicyText' failed to satisfy constraint: "
                + "'Invalid repository policy provided'")
        .extracting(e -> ((RehearsalException) e).errorCode())
        .isEqualTo(AwsErrorCode.ECR_INVALID_PARAMETER);
  }

  @Test
  void repositoryPoliciesParse_whenLongerThan10240_isRefusedWithLengthConstraint() {
    // botocore RepositoryPolicyText max 10240; the wording follows ECR's length refusals.
    String text = " ".repeat(10_241);
    assertThatThrownBy(() -> RepositoryPolicies.parse(text))
        .isInstanceOf(RehearsalException.class)
        .hasMessageContaining("'Member must have length less than or equal to 10240'");
  }
}
