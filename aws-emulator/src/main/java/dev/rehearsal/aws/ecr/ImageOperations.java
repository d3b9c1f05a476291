package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.ecr.EcrShapes.BatchCheckLayerAvailabilityResponse;
import dev.rehearsal.aws.ecr.EcrShapes.BatchDeleteImageResponse;
import dev.rehearsal.aws.ecr.EcrShapes.BatchGetImageResponse;
import dev.rehearsal.aws.ecr.EcrShapes.BatchImagesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.CompleteLayerUploadRequest;
import dev.rehearsal.aws.ecr.EcrShapes.CompleteLayerUploadResponse;
import dev.rehearsal.aws.ecr.EcrShapes.DescribeImagesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DescribeImagesResponse;
import dev.rehearsal.aws.ecr.EcrShapes.GetDownloadUrlForLayerRequest;
import dev.rehearsal.aws.ecr.EcrShapes.GetDownloadUrlForLayerResponse;
import dev.rehearsal.aws.ecr.EcrShapes.Image;
import dev.rehearsal.aws.ecr.EcrShapes.ImageDetail;
import dev.rehearsal.aws.ecr.EcrShapes.ImageFailure;
import dev.rehearsal.aws.ecr.EcrShapes.ImageIdentifier;
import dev.rehearsal.aws.ecr.EcrShapes.InitiateLayerUploadResponse;
import dev.rehearsal.aws.ecr.EcrShapes.Layer;
import dev.rehearsal.aws.ecr.EcrShapes.LayerDigestsRequest;
import dev.rehearsal.aws.ecr.EcrShapes.LayerFailure;
import dev.rehearsal.aws.ecr.EcrShapes.ListImagesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.ListImagesResponse;
import dev.rehearsal.aws.ecr.EcrShapes.PutImageRequest;
import dev.rehearsal.aws.ecr.EcrShapes.PutImageResponse;
import dev.rehearsal.aws.ecr.EcrShapes.RepositoryRef;
import dev.rehearsal.aws.ecr.EcrShapes.UploadLayerPartRequest;
import dev.rehearsal.aws.ecr.EcrShapes.UploadLayerPartResponse;
import dev.rehearsal.aws.ecr.store.BlobInfo;
import dev.rehearsal.aws.ecr.store.Digest;
import dev.rehearsal.aws.ecr.store.Upload;
import dev.rehearsal.aws.ecr.store.Uploads;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * ECR's image and layer operations, typed (botocore {@code ecr/2015-09-21}): listing, describing,
 * getting and deleting images, {@code PutImage}, and the layer upload API that {@code docker push}
 * does not use but the AWS SDKs expose. Images and layers go through the same {@link Images} and
 * upload store as the registry's routes.
 */
public final class ImageOperations {
  /** What ECR answers in {@code InitiateLayerUpload}'s {@code partSize}. */
  static final long PART_SIZE = 10 * 1024 * 1024;

  private static final Set<String> TAG_STATUSES = Set.of("TAGGED", "UNTAGGED", "ANY");

  private final RepositoryOperations repositories;
  private final Images images;
  private final Uploads uploads;
  private final RegistryAddress address;

  public ImageOperations(
      RepositoryOperations repositories, Images images, Uploads uploads, RegistryAddress address) {
    this.repositories = repositories;
    this.images = images;
    this.uploads = uploads;
    this.address = address;
  }

  public ListImagesResponse listImages(Caller caller, ListImagesRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    repositories.authorise(caller, "ecr:ListImages", repository);
    String status = tagStatus(request.filter());
    List<ImageIdentifier> ids = new ArrayList<>();
    for (ImageEntity image : repository.imagesInOrder()) {
      List<String> tags = repository.tagsOf(image.digest());
      if (tags.isEmpty() && !status.equals("TAGGED")) {
        ids.add(new ImageIdentifier(image.digest(), null));
      }
      if (!status.equals("UNTAGGED")) {
        tags.forEach(tag -> ids.add(new ImageIdentifier(image.digest(), tag)));
      }
    }
    Pages.Page<ImageIdentifier> page =
        Pages.of(ids, request.nextToken(), Validation.maxResults(request.maxResults(), 100));
    return new ListImagesResponse(page.items(), page.nextToken());
  }

  public DescribeImagesResponse describeImages(Caller caller, DescribeImagesRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    repositories.authorise(caller, "ecr:DescribeImages", repository);
    List<ImageEntity> chosen = new ArrayList<>();
    if (request.imageIds() != null && !request.imageIds().isEmpty()) {
      for (ImageIdentifier id : request.imageIds()) {
        chosen.add(
            resolve(repository, id)
                .orElseThrow(
                    () ->
                        new RehearsalException(
                            AwsErrorCode.ECR_IMAGE_NOT_FOUND,
                            "The image with imageId "
                                + describe(id)
                                + " does not exist within the repository with name '"
                                + repository.name()
                                + "' in the registry with id '"
                                + repository.registryId()
                                + "'")));
      }
    } else {
      String status = tagStatus(request.filter());
      for (ImageEntity image : repository.imagesInOrder()) {
        boolean tagged = !repository.tagsOf(image.digest()).isEmpty();
        if (status.equals("ANY") || tagged == status.equals("TAGGED")) {
          chosen.add(image);
        }
      }
    }
    Pages.Page<ImageEntity> page =
        Pages.of(chosen, request.nextToken(), Validation.maxResults(request.maxResults(), 100));
    return new DescribeImagesResponse(
        page.items().stream().map(image -> detail(repository, image)).toList(), page.nextToken());
  }

  public BatchGetImageResponse batchGetImage(Caller caller, BatchImagesRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    repositories.authorise(caller, "ecr:BatchGetImage", repository);
    List<Image> found = new ArrayList<>();
    List<ImageFailure> failures = new ArrayList<>();
    for (ImageIdentifier id : Validation.required(request.imageIds(), "imageIds")) {
      Optional<ImageEntity> image = resolve(repository, id);
      if (image.isEmpty()) {
        failures.add(new ImageFailure(id, "ImageNotFound", "Requested image not found"));
        continue;
      }
      List<String> accepted = request.acceptedMediaTypes();
      if (accepted != null && !accepted.isEmpty() && !accepted.contains(image.get().mediaType())) {
        failures.add(
            new ImageFailure(
                id, "UnsupportedImageType", "The image manifest's media type is not accepted"));
        continue;
      }
      String manifest =
          new String(
              images.find(repository, image.get().digest()).orElseThrow().bytes(),
              StandardCharsets.UTF_8);
      found.add(
          new Image(
              repository.registryId(),
              repository.name(),
              new ImageIdentifier(image.get().digest(), id.imageTag()),
              manifest,
              image.get().mediaType()));
    }
    return new BatchGetImageResponse(found, failures);
  }

  public BatchDeleteImageResponse batchDeleteImage(Caller caller, BatchImagesRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    repositories.authorise(caller, "ecr:BatchDeleteImage", repository);
    List<ImageIdentifier> deleted = new ArrayList<>();
    List<ImageFailure> failures = new ArrayList<>();
    for (ImageIdentifier id : Validation.required(request.imageIds(), "imageIds")) {
      if (id.imageDigest() == null && id.imageTag() == null) {
        failures.add(
            new ImageFailure(
                id,
                "MissingDigestAndTag",
                "Invalid request parameters: both tag and digest" + " cannot be null"));
        continue;
      }
      String reference = id.imageDigest() != null ? id.imageDigest() : id.imageTag();
      Optional<Images.Failure> failure = images.delete(repository.name(), reference);
      if (failure.isPresent()) {
        failures.add(new ImageFailure(id, failure.get().code(), failure.get().reason()));
      } else {
        deleted.add(id);
      }
    }
    return new BatchDeleteImageResponse(deleted, failures);
  }

  public PutImageResponse putImage(Caller caller, PutImageRequest request) {
    String manifest = Validation.required(request.imageManifest(), "imageManifest");
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    repositories.authorise(caller, "ecr:PutImage", repository);
    Images.Pushed pushed =
        images.put(
            repository.name(),
            manifest.getBytes(StandardCharsets.UTF_8),
            Optional.ofNullable(request.imageManifestMediaType()),
            Optional.ofNullable(request.imageTag()),
            Optional.ofNullable(request.imageDigest()));
    if (pushed.alreadyThere()) {
      throw new RehearsalException(
          AwsErrorCode.ECR_IMAGE_ALREADY_EXISTS,
          "Image with digest '"
              + pushed.image().digest()
              + "'"
              + (request.imageTag() == null ? "" : " and tag '" + request.imageTag() + "'")
              + " already exists in the repository with name '"
              + repository.name()
              + "' in registry with id '"
              + repository.registryId()
              + "'");
    }
    return new PutImageResponse(
        new Image(
            repository.registryId(),
            repository.name(),
            new ImageIdentifier(pushed.image().digest(), request.imageTag()),
            manifest,
            pushed.image().mediaType()));
  }

  public BatchCheckLayerAvailabilityResponse batchCheckLayerAvailability(
      Caller caller, LayerDigestsRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    repositories.authorise(caller, "ecr:BatchCheckLayerAvailability", repository);
    List<Layer> layers = new ArrayList<>();
    List<LayerFailure> failures = new ArrayList<>();
    for (String digest : Validation.required(request.layerDigests(), "layerDigests")) {
      Long size = repository.layers().get(digest);
      if (size == null) {
        failures.add(
            new LayerFailure(
                digest, "MissingLayerDigest", "Could not find layer with digest '" + digest + "'"));
      } else {
        layers.add(
            new Layer(digest, "AVAILABLE", size, "application/vnd.docker.image.rootfs.diff.tar"));
      }
    }
    return new BatchCheckLayerAvailabilityResponse(layers, failures);
  }

  public InitiateLayerUploadResponse initiateLayerUpload(Caller caller, RepositoryRef request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    repositories.authorise(caller, "ecr:InitiateLayerUpload", repository);
    Upload upload = uploads.start(repository.name());
    return new InitiateLayerUploadResponse(upload.id(), PART_SIZE);
  }

  public UploadLayerPartResponse uploadLayerPart(Caller caller, UploadLayerPartRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    byte[] part = Validation.required(request.layerPartBlob(), "layerPartBlob");
    long first = Validation.required(request.partFirstByte(), "partFirstByte");
    long last = Validation.required(request.partLastByte(), "partLastByte");
    repositories.authorise(caller, "ecr:UploadLayerPart", repository);
    ownUpload(repository, request.uploadId());
    if (last - first + 1 != part.length) {
      throw new RehearsalException(
          AwsErrorCode.ECR_INVALID_LAYER_PART,
          "The layer part size is not valid, or the first byte specified is not consecutive to"
              + " the last byte of a previous layer part upload: the part holds "
              + part.length
              + " bytes, the range "
              + first
              + "-"
              + last
              + " names "
              + (last - first + 1));
    }
    Upload upload =
        uploads.append(request.uploadId(), OptionalLong.of(first), new ByteArrayInputStream(part));
    return new UploadLayerPartResponse(
        repository.registryId(), repository.name(), upload.id(), upload.size() - 1);
  }

  public CompleteLayerUploadResponse completeLayerUpload(
      Caller caller, CompleteLayerUploadRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    List<String> digests = Validation.required(request.layerDigests(), "layerDigests");
    repositories.authorise(caller, "ecr:CompleteLayerUpload", repository);
    Upload upload = ownUpload(repository, request.uploadId());
    if (upload.size() == 0) {
      throw new RehearsalException(
          AwsErrorCode.ECR_EMPTY_UPLOAD,
          "The specified layer upload does not contain any layer parts.");
    }
    if (digests.size() != 1) {
      throw new RehearsalException(
          AwsErrorCode.ECR_INVALID_PARAMETER,
          "Invalid parameter at 'layerDigests' failed to satisfy constraint: 'exactly one"
              + " digest'");
    }
    Digest digest = Digest.parse(digests.get(0));
    if (repository.layers().containsKey(digest.toString())) {
      uploads.cancel(upload.id());
      throw new RehearsalException(
          AwsErrorCode.ECR_LAYER_ALREADY_EXISTS,
          "The layer with digest '"
              + digest
              + "' already exists in the repository with name '"
              + repository.name()
              + "' in registry with id '"
              + repository.registryId()
              + "'");
    }
    BlobInfo blob = uploads.complete(upload.id(), digest, Optional.empty());
    images.linkLayer(repository.name(), blob);
    return new CompleteLayerUploadResponse(
        repository.registryId(), repository.name(), upload.id(), digest.toString());
  }

  public GetDownloadUrlForLayerResponse getDownloadUrlForLayer(
      Caller caller, GetDownloadUrlForLayerRequest request) {
    RepositoryEntity repository = repositories.existing(request.repositoryName());
    String digest = Validation.required(request.layerDigest(), "layerDigest");
    repositories.authorise(caller, "ecr:GetDownloadUrlForLayer", repository);
    if (!repository.layers().containsKey(digest)) {
      throw new RehearsalException(
          AwsErrorCode.ECR_LAYERS_NOT_FOUND,
          "The image layer '"
              + digest
              + "' does not exist in the repository with name '"
              + repository.name()
              + "' in the registry with id '"
              + repository.registryId()
              + "'");
    }
    return new GetDownloadUrlForLayerResponse(
        "http://" + address.host() + "/v2/" + repository.name() + "/blobs/" + digest, digest);
  }

  private Upload ownUpload(RepositoryEntity repository, String id) {
    return Images.upload(uploads, repository, Validation.required(id, "uploadId"));
  }

  private static Optional<ImageEntity> resolve(RepositoryEntity repository, ImageIdentifier id) {
    String digest = id.imageDigest();
    if (digest == null && id.imageTag() != null) {
      digest = repository.imageTags().get(id.imageTag());
    } else if (digest != null
        && id.imageTag() != null
        && !digest.equals(repository.imageTags().get(id.imageTag()))) {
      return Optional.empty();
    }
    return digest == null ? Optional.empty() : Optional.ofNullable(repository.images().get(digest));
  }

  private ImageDetail detail(RepositoryEntity repository, ImageEntity image) {
    List<String> tags = repository.tagsOf(image.digest());
    return new ImageDetail(
        repository.registryId(),
        repository.name(),
        image.digest(),
        tags.isEmpty() ? null : tags,
        image.imageSize(),
        image.pushedAt(),
        image.mediaType(),
        image.artifactType(),
        image.subject());
  }

  private static String tagStatus(EcrShapes.ImagesFilter filter) {
    if (filter == null || filter.tagStatus() == null) {
      return "ANY";
    }
    return Validation.oneOf(filter.tagStatus(), "filter.tagStatus", TAG_STATUSES);
  }

  private static String describe(ImageIdentifier id) {
    return "{imageDigest:'"
        + (id.imageDigest() == null ? "null" : id.imageDigest())
        + "', imageTag:'"
        + (id.imageTag() == null ? "null" : id.imageTag())
        + "'}";
  }
}
