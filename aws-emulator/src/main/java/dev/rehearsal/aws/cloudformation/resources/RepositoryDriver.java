package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.ecr.EcrShapes.CreateRepositoryRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DeleteRepositoryRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DescribeRepositoriesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.ImageScanningConfiguration;
import dev.rehearsal.aws.ecr.EcrShapes.PutImageTagMutabilityRequest;
import dev.rehearsal.aws.ecr.EcrShapes.Repository;
import dev.rehearsal.aws.ecr.EcrShapes.RepositoryRef;
import dev.rehearsal.aws.ecr.EcrShapes.SetRepositoryPolicyRequest;
import dev.rehearsal.aws.ecr.EcrShapes.Tag;
import dev.rehearsal.aws.ecr.EcrShapes.TagResourceRequest;
import dev.rehearsal.aws.ecr.EcrShapes.UntagResourceRequest;
import dev.rehearsal.aws.ecr.RepositoryOperations;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.RepositoryResource;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code AWS::ECR::Repository}: {@code CreateRepository}, then its {@code RepositoryPolicyText}
 * ({@code SetRepositoryPolicy}); a delete fails on a repository that still has images unless {@code
 * EmptyOnDelete} is true, as CloudFormation's handler does. Properties this emulator's ECR has no
 * operation for are refused, never ignored.
 */
public final class RepositoryDriver implements ResourceDriver {
  private static final List<String> UNSUPPORTED =
      List.of("LifecyclePolicy", "ImageTagMutabilityExclusionFilters", "EncryptionConfiguration");

  private final RepositoryOperations repositories;

  public RepositoryDriver(RepositoryOperations repositories) {
    this.repositories = repositories;
  }

  @Override
  public String type() {
    return "AWS::ECR::Repository";
  }

  @Override
  public Applied create(Caller caller, ResolvedResource resource) {
    JsonNode properties = resource.properties();
    refuseUnsupported(properties);
    RepositoryResource repository = (RepositoryResource) resource.typed();
    Repository created =
        repositories
            .createRepository(
                caller,
                new CreateRepositoryRequest(
                    null,
                    repository.name(),
                    Tags.list(repository.tags(), Tag::new),
                    repository.imageTagMutability(),
                    new ImageScanningConfiguration(repository.scanOnPush()),
                    null))
            .repository();
    String policy = Documents.policy(properties.get("RepositoryPolicyText"));
    if (policy != null) {
      try {
        repositories.setRepositoryPolicy(
            caller, new SetRepositoryPolicyRequest(null, repository.name(), policy, null));
      } catch (RehearsalException e) {
        repositories.deleteRepository(
            caller, new DeleteRepositoryRequest(null, repository.name(), true));
        throw e;
      }
    }
    return applied(created);
  }

  @Override
  public Applied update(Caller caller, DeployedResource current, ResolvedResource desired) {
    JsonNode before = current.properties();
    JsonNode after = desired.properties();
    refuseUnsupported(after);
    RepositoryResource repository = (RepositoryResource) desired.typed();
    String name = current.physicalId();
    if (!Objects.equals(
        before.get("ImageScanningConfiguration"), after.get("ImageScanningConfiguration"))) {
      throw new RehearsalException(
          AwsErrorCode.ECR_INVALID_PARAMETER,
          "Changing ImageScanningConfiguration is not modelled by this emulator's ECR");
    }
    if (!Objects.equals(before.get("ImageTagMutability"), after.get("ImageTagMutability"))) {
      repositories.putImageTagMutability(
          caller, new PutImageTagMutabilityRequest(null, name, repository.imageTagMutability()));
    }
    if (!Objects.equals(before.get("RepositoryPolicyText"), after.get("RepositoryPolicyText"))) {
      String policy = Documents.policy(after.get("RepositoryPolicyText"));
      if (policy == null) {
        Documents.ignoringMissing(
            () -> repositories.deleteRepositoryPolicy(caller, new RepositoryRef(null, name)),
            AwsErrorCode.ECR_REPOSITORY_POLICY_NOT_FOUND);
      } else {
        repositories.setRepositoryPolicy(
            caller, new SetRepositoryPolicyRequest(null, name, policy, null));
      }
    }
    String arn = current.attributes().get("Arn").asText();
    Tags tags = Tags.between(PropertyTags.of(before), repository.tags());
    if (!tags.removed().isEmpty()) {
      repositories.untagResource(caller, new UntagResourceRequest(arn, tags.removed()));
    }
    if (!tags.set().isEmpty()) {
      repositories.tagResource(
          caller, new TagResourceRequest(arn, Tags.list(tags.set(), Tag::new)));
    }
    return new Applied(name, current.attributes());
  }

  @Override
  public boolean exists(Caller caller, DeployedResource intended) {
    Caller root = Caller.root(caller.accountId());
    return Documents.found(
        () ->
            repositories.describeRepositories(
                root,
                new DescribeRepositoriesRequest(null, List.of(intended.physicalId()), null, null)),
        AwsErrorCode.ECR_REPOSITORY_NOT_FOUND);
  }

  @Override
  public void delete(Caller caller, DeployedResource resource) {
    boolean empty = resource.properties().path("EmptyOnDelete").asText().equals("true");
    Documents.ignoringMissing(
        () ->
            repositories.deleteRepository(
                caller, new DeleteRepositoryRequest(null, resource.physicalId(), empty)),
        AwsErrorCode.ECR_REPOSITORY_NOT_FOUND);
  }

  private static void refuseUnsupported(JsonNode properties) {
    for (String name : UNSUPPORTED) {
      if (properties.has(name)) {
        throw new RehearsalException(
            AwsErrorCode.ECR_INVALID_PARAMETER,
            name + " is not modelled by this emulator's ECR; remove it to rehearse");
      }
    }
  }

  private static Applied applied(Repository repository) {
    return new Applied(
        repository.repositoryName(),
        Map.of(
            "Arn", TextNode.valueOf(repository.repositoryArn()),
            "RepositoryUri", TextNode.valueOf(repository.repositoryUri())));
  }
}
