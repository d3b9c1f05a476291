package dev.rehearsal.aws.ecr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.ecr.EcrShapes.BatchImagesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.CompleteLayerUploadRequest;
import dev.rehearsal.aws.ecr.EcrShapes.CreateRepositoryRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DeleteRepositoryRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DescribeImagesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DescribeRepositoriesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.GetDownloadUrlForLayerRequest;
import dev.rehearsal.aws.ecr.EcrShapes.LayerDigestsRequest;
import dev.rehearsal.aws.ecr.EcrShapes.ListImagesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.PutImageRequest;
import dev.rehearsal.aws.ecr.EcrShapes.PutImageTagMutabilityRequest;
import dev.rehearsal.aws.ecr.EcrShapes.RepositoryRef;
import dev.rehearsal.aws.ecr.EcrShapes.ResourceRef;
import dev.rehearsal.aws.ecr.EcrShapes.SetRepositoryPolicyRequest;
import dev.rehearsal.aws.ecr.EcrShapes.TagResourceRequest;
import dev.rehearsal.aws.ecr.EcrShapes.UntagResourceRequest;
import dev.rehearsal.aws.ecr.EcrShapes.UploadLayerPartRequest;
import dev.rehearsal.aws.wire.JsonRouter;
import dev.rehearsal.aws.wire.JsonService;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * ECR on the JSON 1.1 protocol: binds each {@code AmazonEC2ContainerRegistry_V20150921.*} target to
 * its typed operation. The operations know nothing of the protocol; this class knows nothing of
 * what they do.
 */
public final class EcrJsonService implements JsonService {
  private record Binding<T>(Class<T> type, BiFunction<Caller, T, Object> operation) {
    Object call(Caller caller, JsonNode input) {
      T request;
      try {
        request = JsonRouter.MAPPER.treeToValue(input, type);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new RehearsalException(
            AwsErrorCode.ECR_SERIALIZATION,
            "Cannot read the request: " + e.getMessage().lines().findFirst().orElse(""));
      }
      return operation.apply(caller, request);
    }
  }

  private final Map<String, Binding<?>> bindings = new LinkedHashMap<>();

  public EcrJsonService(RepositoryOperations repositories, ImageOperations images) {
    bind("CreateRepository", CreateRepositoryRequest.class, repositories::createRepository);
    bind(
        "DescribeRepositories",
        DescribeRepositoriesRequest.class,
        repositories::describeRepositories);
    bind("DeleteRepository", DeleteRepositoryRequest.class, repositories::deleteRepository);
    bind(
        "PutImageTagMutability",
        PutImageTagMutabilityRequest.class,
        repositories::putImageTagMutability);
    bind(
        "SetRepositoryPolicy", SetRepositoryPolicyRequest.class, repositories::setRepositoryPolicy);
    bind("GetRepositoryPolicy", RepositoryRef.class, repositories::getRepositoryPolicy);
    bind("DeleteRepositoryPolicy", RepositoryRef.class, repositories::deleteRepositoryPolicy);
    bind("TagResource", TagResourceRequest.class, repositories::tagResource);
    bind("UntagResource", UntagResourceRequest.class, repositories::untagResource);
    bind("ListTagsForResource", ResourceRef.class, repositories::listTagsForResource);
    bind(
        "GetAuthorizationToken",
        JsonNode.class,
        (caller, ignored) -> repositories.getAuthorizationToken(caller));
    bind("ListImages", ListImagesRequest.class, images::listImages);
    bind("DescribeImages", DescribeImagesRequest.class, images::describeImages);
    bind("BatchGetImage", BatchImagesRequest.class, images::batchGetImage);
    bind("BatchDeleteImage", BatchImagesRequest.class, images::batchDeleteImage);
    bind("PutImage", PutImageRequest.class, images::putImage);
    bind(
        "BatchCheckLayerAvailability",
        LayerDigestsRequest.class,
        images::batchCheckLayerAvailability);
    bind("InitiateLayerUpload", RepositoryRef.class, images::initiateLayerUpload);
    bind("UploadLayerPart", UploadLayerPartRequest.class, images::uploadLayerPart);
    bind("CompleteLayerUpload", CompleteLayerUploadRequest.class, images::completeLayerUpload);
    bind(
        "GetDownloadUrlForLayer",
        GetDownloadUrlForLayerRequest.class,
        images::getDownloadUrlForLayer);
  }

  private <T> void bind(String name, Class<T> type, BiFunction<Caller, T, Object> operation) {
    bindings.put(name, new Binding<>(type, operation));
  }

  @Override
  public String targetPrefix() {
    return "AmazonEC2ContainerRegistry_V20150921";
  }

  @Override
  public String signingName() {
    return "ecr";
  }

  @Override
  public Set<String> operations() {
    return bindings.keySet();
  }

  @Override
  public Object handle(String operation, JsonNode input, Caller caller) {
    return bindings.get(operation).call(caller, input);
  }
}
