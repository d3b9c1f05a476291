package dev.rehearsal.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Sessions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.EcrException;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;
import software.amazon.awssdk.services.ecr.model.InvalidParameterException;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryAlreadyExistsException;
import software.amazon.awssdk.services.ecr.model.RepositoryNotEmptyException;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.ecr.model.RepositoryPolicyNotFoundException;

/**
 * ECR's repository operations through the AWS SDK v2 ECR client, which parses every answer by
 * botocore's {@code ecr/2015-09-21} model: shapes, exception types and their messages.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class EcrRepositoryApiTest {
  @Test
  void createRepository_returnsEcrShapes_withAnAddressDockerCanPushTo() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      Repository repository =
          ecr.createRepository(
                  r ->
                      r.repositoryName("shapes/app")
                          .imageTagMutability(ImageTagMutability.IMMUTABLE)
                          .tags(t -> t.key("team").value("platform")))
              .repository();

      assertThat(repository.repositoryArn())
          .isEqualTo("arn:aws:ecr:us-east-1:000000000000:repository/shapes/app");
      assertThat(repository.registryId()).isEqualTo("000000000000");
      assertThat(repository.repositoryUri())
          .isEqualTo(Clients.endpoint().getAuthority() + "/shapes/app");
      assertThat(repository.imageTagMutability()).isEqualTo(ImageTagMutability.IMMUTABLE);
      assertThat(repository.encryptionConfiguration().encryptionTypeAsString()).isEqualTo("AES256");
      assertThat(repository.createdAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
      assertThat(ecr.listTagsForResource(r -> r.resourceArn(repository.repositoryArn())).tags())
          .singleElement()
          .satisfies(tag -> assertThat(tag.key() + "=" + tag.value()).isEqualTo("team=platform"));
    }
  }

  @Test
  void createRepository_whenNameTaken_isRepositoryAlreadyExists() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("taken"));

      assertThatThrownBy(() -> ecr.createRepository(r -> r.repositoryName("taken")))
          .isInstanceOfSatisfying(
              RepositoryAlreadyExistsException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo(
                          "The repository with name 'taken' already exists in the registry with"
                              + " id '000000000000'"));
    }
  }

  @Test
  void createRepository_whenNameHasUpperCase_isInvalidParameter_andNothingCreated() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      assertThatThrownBy(() -> ecr.createRepository(r -> r.repositoryName("Bad/Name")))
          .isInstanceOfSatisfying(
              InvalidParameterException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .startsWith(
                          "Invalid parameter at 'repositoryName' failed to satisfy constraint:"));
      assertThat(ecr.describeRepositories().repositories())
          .extracting(Repository::repositoryName)
          .doesNotContain("Bad/Name");
    }
  }

  @Test
  void describeRepositories_whenNameUnknown_isRepositoryNotFound_asEcrWordsIt() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      assertThatThrownBy(() -> ecr.describeRepositories(r -> r.repositoryNames("nope")))
          .isInstanceOfSatisfying(
              RepositoryNotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "The repository with name 'nope' does not exist in the registry with id"
                            + " '000000000000'");
              });
    }
  }

  @Test
  void describeRepositories_pagesWithNextToken() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      for (int i = 0; i < 3; i++) {
        String name = "paged/r" + i;
        ecr.createRepository(r -> r.repositoryName(name));
      }
      var names =
          ecr.describeRepositoriesPaginator(r -> r.maxResults(1)).repositories().stream()
              .map(Repository::repositoryName)
              .filter(n -> n.startsWith("paged/"))
              .toList();

      assertThat(names).containsExactly("paged/r0", "paged/r1", "paged/r2");
    }
  }

  @Test
  void getAuthorizationToken_isAwsColonPassword_validTwelveHours() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      var data = ecr.getAuthorizationToken().authorizationData().get(0);
      String decoded =
          new String(Base64.getDecoder().decode(data.authorizationToken()), StandardCharsets.UTF_8);

      assertThat(decoded).startsWith("AWS:").hasSizeGreaterThan(40);
      assertThat(data.proxyEndpoint()).isEqualTo("https://" + Clients.endpoint().getAuthority());
      assertThat(Duration.between(Instant.now(), data.expiresAt()))
          .isBetween(Duration.ofHours(12).minusMinutes(1), Duration.ofHours(12));
    }
  }

  @Test
  void createRepository_bySessionWithoutThePermission_isAccessDenied_namingTheAction() {
    try (EcrClient ecr = Clients.ecr(Sessions.seed())) {
      assertThatThrownBy(() -> ecr.createRepository(r -> r.repositoryName("not-allowed")))
          .isInstanceOfSatisfying(
              EcrException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "User: arn:aws:sts::000000000000:assumed-role/GithubOIDCIAMRole/"
                            + "GitHubActions is not authorized to perform: ecr:CreateRepository"
                            + " on resource:"
                            + " arn:aws:ecr:us-east-1:000000000000:repository/not-allowed"
                            + " because no identity-based policy allows the"
                            + " ecr:CreateRepository action");
              });
    }
  }

  @Test
  void repositoryPolicy_setGetDelete_andAnInvalidOneIsRefusedUnchanged() {
    String policy =
        """
        {"Version":"2012-10-17","Statement":[{"Sid":"pull","Effect":"Allow",
          "Principal":{"AWS":"arn:aws:iam::000000000000:root"},
          "Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}]}""";
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("with-policy"));
      assertThatThrownBy(() -> ecr.getRepositoryPolicy(r -> r.repositoryName("with-policy")))
          .isInstanceOf(RepositoryPolicyNotFoundException.class);

      ecr.setRepositoryPolicy(r -> r.repositoryName("with-policy").policyText(policy));
      assertThatThrownBy(
              () ->
                  ecr.setRepositoryPolicy(
                      r -> r.repositoryName("with-policy").policyText("{\"Statement\":[]}")))
          .isInstanceOf(InvalidParameterException.class);

      assertThat(ecr.getRepositoryPolicy(r -> r.repositoryName("with-policy")).policyText())
          .isEqualTo(policy);
      assertThat(ecr.deleteRepositoryPolicy(r -> r.repositoryName("with-policy")).policyText())
          .isEqualTo(policy);
      assertThatThrownBy(() -> ecr.getRepositoryPolicy(r -> r.repositoryName("with-policy")))
          .isInstanceOf(RepositoryPolicyNotFoundException.class);
    }
  }

  @Test
  void deleteRepository_withImages_needsForce() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("not-empty"));
      EcrImages.pushSmallImage(ecr, "not-empty", "v1");

      assertThatThrownBy(() -> ecr.deleteRepository(r -> r.repositoryName("not-empty")))
          .isInstanceOfSatisfying(
              RepositoryNotEmptyException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo(
                          "The repository with name 'not-empty' in registry with id"
                              + " '000000000000' cannot be deleted because it still contains"
                              + " images"));
      ecr.deleteRepository(r -> r.repositoryName("not-empty").force(true));
      assertThatThrownBy(() -> ecr.describeRepositories(r -> r.repositoryNames("not-empty")))
          .isInstanceOf(RepositoryNotFoundException.class);
    }
  }

  @Test
  void putImageTagMutability_changesWhatDescribeReturns() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("mutability"));
      ecr.putImageTagMutability(
          r -> r.repositoryName("mutability").imageTagMutability(ImageTagMutability.IMMUTABLE));

      assertThat(
              ecr.describeRepositories(r -> r.repositoryNames("mutability"))
                  .repositories()
                  .get(0)
                  .imageTagMutability())
          .isEqualTo(ImageTagMutability.IMMUTABLE);
    }
  }
}
