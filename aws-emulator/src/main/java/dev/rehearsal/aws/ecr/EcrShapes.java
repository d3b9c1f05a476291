package dev.rehearsal.aws.ecr;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The request and response shapes of ECR's operations that this emulator serves, named and typed as
 * botocore's {@code ecr/2015-09-21} model names them (members in camelCase; {@code Tag}'s {@code
 * Key} and {@code Value} capitalised, as the model has them). Absent members are left out of
 * responses, as AWS leaves them out.
 */
public final class EcrShapes {
  private EcrShapes() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Tag(@JsonProperty("Key") String key, @JsonProperty("Value") String value) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImageScanningConfiguration(Boolean scanOnPush) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EncryptionConfiguration(String encryptionType, String kmsKey) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Repository(
      String repositoryArn,
      String registryId,
      String repositoryName,
      String repositoryUri,
      Instant createdAt,
      String imageTagMutability,
      ImageScanningConfiguration imageScanningConfiguration,
      EncryptionConfiguration encryptionConfiguration) {}

  public record CreateRepositoryRequest(
      String registryId,
      String repositoryName,
      List<Tag> tags,
      String imageTagMutability,
      ImageScanningConfiguration imageScanningConfiguration,
      EncryptionConfiguration encryptionConfiguration) {}

  public record RepositoryResponse(Repository repository) {}

  public record DescribeRepositoriesRequest(
      String registryId, List<String> repositoryNames, String nextToken, Integer maxResults) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DescribeRepositoriesResponse(List<Repository> repositories, String nextToken) {}

  public record DeleteRepositoryRequest(String registryId, String repositoryName, Boolean force) {}

  public record RepositoryRef(String registryId, String repositoryName) {}

  public record PutImageTagMutabilityRequest(
      String registryId, String repositoryName, String imageTagMutability) {}

  public record PutImageTagMutabilityResponse(
      String registryId, String repositoryName, String imageTagMutability) {}

  public record SetRepositoryPolicyRequest(
      String registryId, String repositoryName, String policyText, Boolean force) {}

  public record RepositoryPolicyResponse(
      String registryId, String repositoryName, String policyText) {}

  public record TagResourceRequest(String resourceArn, List<Tag> tags) {}

  public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {}

  public record ResourceRef(String resourceArn) {}

  public record ListTagsForResourceResponse(List<Tag> tags) {}

  public record Empty() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AuthorizationData(
      String authorizationToken, Instant expiresAt, String proxyEndpoint) {}

  public record GetAuthorizationTokenResponse(List<AuthorizationData> authorizationData) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImageIdentifier(String imageDigest, String imageTag) {}

  public record ImagesFilter(String tagStatus) {}

  public record ListImagesRequest(
      String registryId,
      String repositoryName,
      String nextToken,
      Integer maxResults,
      ImagesFilter filter) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ListImagesResponse(List<ImageIdentifier> imageIds, String nextToken) {}

  public record DescribeImagesRequest(
      String registryId,
      String repositoryName,
      List<ImageIdentifier> imageIds,
      String nextToken,
      Integer maxResults,
      ImagesFilter filter) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImageDetail(
      String registryId,
      String repositoryName,
      String imageDigest,
      List<String> imageTags,
      Long imageSizeInBytes,
      Instant imagePushedAt,
      String imageManifestMediaType,
      String artifactMediaType,
      String subjectManifestDigest) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DescribeImagesResponse(List<ImageDetail> imageDetails, String nextToken) {}

  public record BatchImagesRequest(
      String registryId,
      String repositoryName,
      List<ImageIdentifier> imageIds,
      List<String> acceptedMediaTypes) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Image(
      String registryId,
      String repositoryName,
      ImageIdentifier imageId,
      String imageManifest,
      String imageManifestMediaType) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImageFailure(ImageIdentifier imageId, String failureCode, String failureReason) {}

  public record BatchGetImageResponse(List<Image> images, List<ImageFailure> failures) {}

  public record BatchDeleteImageResponse(
      List<ImageIdentifier> imageIds, List<ImageFailure> failures) {}

  public record PutImageRequest(
      String registryId,
      String repositoryName,
      String imageManifest,
      String imageManifestMediaType,
      String imageTag,
      String imageDigest) {}

  public record PutImageResponse(Image image) {}

  public record LayerDigestsRequest(
      String registryId, String repositoryName, List<String> layerDigests) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Layer(
      String layerDigest, String layerAvailability, Long layerSize, String mediaType) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LayerFailure(String layerDigest, String failureCode, String failureReason) {}

  public record BatchCheckLayerAvailabilityResponse(
      List<Layer> layers, List<LayerFailure> failures) {}

  public record InitiateLayerUploadResponse(String uploadId, Long partSize) {}

  public record UploadLayerPartRequest(
      String registryId,
      String repositoryName,
      String uploadId,
      Long partFirstByte,
      Long partLastByte,
      byte[] layerPartBlob) {}

  public record UploadLayerPartResponse(
      String registryId, String repositoryName, String uploadId, Long lastByteReceived) {}

  public record CompleteLayerUploadRequest(
      String registryId, String repositoryName, String uploadId, List<String> layerDigests) {}

  public record CompleteLayerUploadResponse(
      String registryId, String repositoryName, String uploadId, String layerDigest) {}

  public record GetDownloadUrlForLayerRequest(
      String registryId, String repositoryName, String layerDigest) {}

  public record GetDownloadUrlForLayerResponse(String downloadUrl, String layerDigest) {}
}
