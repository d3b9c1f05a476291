package dev.rehearsal.core.error;

/**
 * The error codes of the registry API, with the HTTP status each is sent with: the OCI distribution
 * specification 1.1 ("Error Codes" table; statuses from its endpoint table and the reference
 * implementation distribution/distribution's {@code registry/api/errcode}), plus {@code
 * TAG_INVALID}, which the reference implementation and ECR send for a tag that cannot be written.
 */
public enum RegistryErrorCode {
  BLOB_UNKNOWN(404, "blob unknown to registry"),
  BLOB_UPLOAD_INVALID(400, "blob upload invalid"),
  BLOB_UPLOAD_UNKNOWN(404, "blob upload unknown to registry"),
  DIGEST_INVALID(400, "provided digest did not match uploaded content"),
  MANIFEST_BLOB_UNKNOWN(400, "manifest references a manifest or blob unknown to registry"),
  MANIFEST_INVALID(400, "manifest invalid"),
  MANIFEST_UNKNOWN(404, "manifest unknown"),
  NAME_INVALID(400, "invalid repository name"),
  NAME_UNKNOWN(404, "repository name not known to registry"),
  SIZE_INVALID(400, "provided length did not match content length"),
  TAG_INVALID(400, "manifest tag did not match URI"),
  RANGE_INVALID(416, "invalid content range"),
  UNAUTHORIZED(401, "authentication required"),
  DENIED(403, "requested access to the resource is denied"),
  UNSUPPORTED(405, "the operation is unsupported"),
  TOOMANYREQUESTS(429, "too many requests");

  private final int httpStatus;
  private final String defaultMessage;

  RegistryErrorCode(int httpStatus, String defaultMessage) {
    this.httpStatus = httpStatus;
    this.defaultMessage = defaultMessage;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The spec's own description, used when there is nothing more specific to say. */
  public String defaultMessage() {
    return defaultMessage;
  }
}
