package dev.rehearsal.core.ecr;

import java.util.List;
import java.util.Objects;

/**
 * The operations of the registry API (OCI distribution specification 1.1, "Endpoints"; the Docker
 * Registry HTTP API v2) that ECR serves, each with the one ECR IAM action it is authorized as.
 *
 * <p>Sources: ECR User Guide, "IAM permissions for pushing an image to an Amazon ECR private
 * repository" (push: {@code ecr:BatchCheckLayerAvailability}, {@code ecr:InitiateLayerUpload},
 * {@code ecr:UploadLayerPart}, {@code ecr:CompleteLayerUpload}, {@code ecr:PutImage}) and "Private
 * repository policy examples" (pull: {@code ecr:BatchGetImage}, {@code
 * ecr:GetDownloadUrlForLayer}); the ECR API reference for each action's role in a push or pull
 * ("When an image is pulled, the BatchGetImage API is called once to retrieve the image manifest";
 * "GetDownloadUrlForLayer ... called once per image layer"); {@code ListImageReferrers} ("The IAM
 * principal invoking this operation must have the ecr:BatchGetImage permission", botocore {@code
 * ecr/2015-09-21}) for referrers; "Blob mounting in Amazon ECR" ("Users need
 * ecr:GetDownloadUrlForLayer IAM permission on a repository to mount layers from it") for a
 * cross-repository mount.
 *
 * <p>Not documented by ECR, decided here: an upload's status ({@code GET} on the upload URL) and
 * its cancellation ({@code DELETE}) are authorized as {@code ecr:UploadLayerPart}, the action that
 * writes to the upload they address. {@code GET /v2/} (the version check), {@code GET /v2/_catalog}
 * and {@code DELETE} of a blob are not here: the first needs only the token from {@code
 * ecr:GetAuthorizationToken}, and ECR's actions name no repository-less listing nor a layer
 * deletion.
 */
public enum RegistryOperation {
  /** {@code HEAD /v2/<name>/blobs/<digest>}: whether the registry has a layer. */
  CHECK_BLOB("HEAD", "/v2/<name>/blobs/<digest>", "ecr:BatchCheckLayerAvailability"),
  /** {@code GET /v2/<name>/blobs/<digest>}: a layer's content. */
  GET_BLOB("GET", "/v2/<name>/blobs/<digest>", "ecr:GetDownloadUrlForLayer"),
  /** {@code POST /v2/<name>/blobs/uploads/}: an upload started. */
  START_UPLOAD("POST", "/v2/<name>/blobs/uploads/", "ecr:InitiateLayerUpload"),
  /**
   * {@code POST /v2/<name>/blobs/uploads/?mount=<digest>&from=<other>}: a layer mounted from
   * another repository; also needs {@code ecr:GetDownloadUrlForLayer} on that repository, see
   * {@link #mountChecks}.
   */
  MOUNT_BLOB(
      "POST", "/v2/<name>/blobs/uploads/?mount=<digest>&from=<other>", "ecr:InitiateLayerUpload"),
  /** {@code PATCH /v2/<name>/blobs/uploads/<reference>}: a chunk of an upload. */
  UPLOAD_CHUNK("PATCH", "/v2/<name>/blobs/uploads/<reference>", "ecr:UploadLayerPart"),
  /**
   * {@code PUT /v2/<name>/blobs/uploads/<reference>?digest=<digest>}: an upload finished (with or
   * without a last chunk: a monolithic upload is a POST then this PUT with the whole content).
   */
  COMPLETE_UPLOAD(
      "PUT", "/v2/<name>/blobs/uploads/<reference>?digest=<digest>", "ecr:CompleteLayerUpload"),
  /** {@code GET /v2/<name>/blobs/uploads/<reference>}: an upload's progress (decided here). */
  UPLOAD_STATUS("GET", "/v2/<name>/blobs/uploads/<reference>", "ecr:UploadLayerPart"),
  /** {@code DELETE /v2/<name>/blobs/uploads/<reference>}: an upload cancelled (decided here). */
  CANCEL_UPLOAD("DELETE", "/v2/<name>/blobs/uploads/<reference>", "ecr:UploadLayerPart"),
  /** {@code GET /v2/<name>/manifests/<reference>}: a manifest, by tag or digest. */
  GET_MANIFEST("GET", "/v2/<name>/manifests/<reference>", "ecr:BatchGetImage"),
  /** {@code HEAD /v2/<name>/manifests/<reference>}: whether a manifest exists, and its digest. */
  CHECK_MANIFEST("HEAD", "/v2/<name>/manifests/<reference>", "ecr:BatchGetImage"),
  /** {@code PUT /v2/<name>/manifests/<reference>}: a manifest pushed, by tag or digest. */
  PUT_MANIFEST("PUT", "/v2/<name>/manifests/<reference>", "ecr:PutImage"),
  /** {@code DELETE /v2/<name>/manifests/<reference>}: an image deleted. */
  DELETE_MANIFEST("DELETE", "/v2/<name>/manifests/<reference>", "ecr:BatchDeleteImage"),
  /** {@code GET /v2/<name>/tags/list}: the repository's tags. */
  LIST_TAGS("GET", "/v2/<name>/tags/list", "ecr:ListImages"),
  /** {@code GET /v2/<name>/referrers/<digest>}: the manifests whose subject is a digest. */
  LIST_REFERRERS("GET", "/v2/<name>/referrers/<digest>", "ecr:BatchGetImage");

  private final String method;
  private final String path;
  private final String action;

  RegistryOperation(String method, String path, String action) {
    this.method = method;
    this.path = path;
    this.action = action;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The endpoint, in the OCI specification's notation. */
  public String path() {
    return path;
  }

  /** The ECR IAM action the operation is authorized as, on the repository it names. */
  public String action() {
    return action;
  }

  /** Whether the operation writes (a push or a deletion) rather than reads. */
  public boolean writes() {
    return switch (this) {
      case START_UPLOAD,
          MOUNT_BLOB,
          UPLOAD_CHUNK,
          COMPLETE_UPLOAD,
          CANCEL_UPLOAD,
          PUT_MANIFEST,
          DELETE_MANIFEST ->
          true;
      default -> false;
    };
  }

  /**
   * The checks this operation needs on {@code repository}: its action there. For a mount use {@link
   * #mountChecks}.
   */
  public List<RequiredPermission> checks(RepositoryName repository) {
    return List.of(new RequiredPermission(action, repository));
  }

  /**
   * What a cross-repository mount needs, in order: {@code ecr:InitiateLayerUpload} on the target
   * repository (an upload is started there) and {@code ecr:GetDownloadUrlForLayer} on the source
   * ("Users need ecr:GetDownloadUrlForLayer IAM permission on a repository to mount layers from
   * it", ECR User Guide, "Blob mounting in Amazon ECR").
   */
  public static List<RequiredPermission> mountChecks(RepositoryName target, RepositoryName source) {
    return List.of(
        new RequiredPermission(MOUNT_BLOB.action, target),
        new RequiredPermission(GET_BLOB.action, source));
  }

  /** One ECR action a caller must be allowed on one repository. */
  public record RequiredPermission(String action, RepositoryName repository) {
    public RequiredPermission {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(repository, "repository");
    }

    /** The repository's ARN, the resource the action is authorized on. */
    public String resourceArn(String region, String accountId) {
      return EcrArns.repository(region, accountId, repository);
    }
  }
}
