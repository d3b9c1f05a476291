package dev.rehearsal.aws.registry;

import dev.rehearsal.aws.ecr.Images;
import dev.rehearsal.aws.ecr.RepositoryEntity;
import dev.rehearsal.aws.ecr.store.BlobInfo;
import dev.rehearsal.aws.ecr.store.BlobStore;
import dev.rehearsal.aws.ecr.store.Digest;
import dev.rehearsal.aws.ecr.store.Upload;
import dev.rehearsal.aws.ecr.store.Uploads;
import dev.rehearsal.core.ecr.RegistryOperation;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import io.vertx.core.http.HttpServerResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blobs and their uploads (OCI distribution spec, "Pulling blobs", "Pushing blobs": monolithic
 * POST+PUT or single POST, chunked PATCHes with {@code Content-Range}, streamed PATCH, mounting
 * from another repository, status and cancellation). A completed upload links the layer into the
 * repository, as ECR's layers belong to one.
 */
final class BlobRoutes {
  private static final Pattern CONTENT_RANGE = Pattern.compile("(?:bytes[ =])?(\\d+)-(\\d+)");
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private final BlobStore blobs;
  private final Uploads uploads;
  private final Images images;

  BlobRoutes(BlobStore blobs, Uploads uploads, Images images) {
    this.blobs = blobs;
    this.uploads = uploads;
    this.images = images;
  }

  void blob(RegistryRoutes.Scope scope, String method, String reference) {
    switch (method) {
      case "HEAD" -> {
        scope.authorise(RegistryOperation.CHECK_BLOB);
        BlobInfo blob = linked(scope.repository, reference);
        blobHeaders(scope.exchange.response(200), blob)
            .putHeader("Content-Length", String.valueOf(blob.size()))
            .end();
      }
      case "GET" -> {
        scope.authorise(RegistryOperation.GET_BLOB);
        BlobInfo blob = linked(scope.repository, reference);
        Path file = blobs.file(blob.digest()).orElseThrow(() -> unknownBlob(reference));
        send(scope.exchange, blob, file);
      }
      case "DELETE" ->
          throw new RegistryException(
              RegistryErrorCode.UNSUPPORTED,
              AwsErrorCode.ECR_INVALID_PARAMETER,
              "ECR does not delete layers: delete the images that use them (BatchDeleteImage)");
      default -> throw notAllowed(method, "blobs");
    }
  }

  /** {@code POST /v2/<name>/blobs/uploads/}: a session, a monolithic upload, or a mount. */
  void start(RegistryRoutes.Scope scope, String method) {
    if (!method.equals("POST")) {
      throw notAllowed(method, "blob uploads");
    }
    Exchange exchange = scope.exchange;
    String mount = exchange.query("mount");
    String from = exchange.query("from");
    if (mount != null && from != null) {
      scope.authorise(RegistryOperation.MOUNT_BLOB);
      if (mounted(scope, Digest.parse(mount), from)) {
        return;
      }
    } else {
      scope.authorise(RegistryOperation.START_UPLOAD);
    }
    String digest = exchange.query("digest");
    if (digest != null) {
      // A single POST with the whole blob: authorised as the upload it is.
      scope.authorise(RegistryOperation.COMPLETE_UPLOAD);
      Digest expected = Digest.parse(digest);
      BlobInfo blob = blobs.put(exchange.body(), Optional.of(expected), contentLength(exchange));
      images.linkLayer(scope.repository.name(), blob);
      created(scope, blob);
      return;
    }
    Upload upload = uploads.start(scope.repository.name());
    uploadHeaders(scope, exchange.response(202), upload).putHeader("Content-Length", "0").end();
  }

  void upload(RegistryRoutes.Scope scope, String method, String id) {
    Exchange exchange = scope.exchange;
    Upload upload = Images.upload(uploads, scope.repository, id);
    switch (method) {
      case "GET" -> {
        scope.authorise(RegistryOperation.UPLOAD_STATUS);
        uploadHeaders(scope, exchange.response(204), upload).end();
      }
      case "PATCH" -> {
        scope.authorise(RegistryOperation.UPLOAD_CHUNK);
        Upload after = uploads.append(id, contentRangeStart(exchange), exchange.body());
        uploadHeaders(scope, exchange.response(202), after).putHeader("Content-Length", "0").end();
      }
      case "PUT" -> {
        scope.authorise(RegistryOperation.COMPLETE_UPLOAD);
        String digest = exchange.query("digest");
        if (digest == null) {
          throw new RegistryException(
              RegistryErrorCode.DIGEST_INVALID,
              AwsErrorCode.ECR_INVALID_PARAMETER,
              "completing an upload needs ?digest=<digest> of the whole blob");
        }
        Digest expected = Digest.parse(digest);
        OptionalLong start = contentRangeStart(exchange);
        BlobInfo blob;
        if (start.isPresent()) {
          // A last chunk with its range: checked in order as a PATCH's would be (416 if not).
          uploads.append(id, start, exchange.body());
          blob = uploads.complete(id, expected, Optional.empty());
        } else {
          blob = uploads.complete(id, expected, Optional.of(exchange.body()));
        }
        images.linkLayer(scope.repository.name(), blob);
        created(scope, blob);
      }
      case "DELETE" -> {
        scope.authorise(RegistryOperation.CANCEL_UPLOAD);
        uploads.cancel(id);
        exchange.empty(204);
      }
      default -> throw notAllowed(method, "a blob upload");
    }
  }

  private boolean mounted(RegistryRoutes.Scope scope, Digest digest, String from) {
    RepositoryEntity source;
    try {
      source = scope.other(from);
    } catch (RegistryException e) {
      return false; // the spec: fall back to an upload session when the mount cannot be made
    }
    scope.authorise(RegistryOperation.GET_BLOB.action(), source);
    Long size = source.layers().get(digest.toString());
    if (size == null || !blobs.contains(digest)) {
      return false;
    }
    BlobInfo blob = new BlobInfo(digest, size);
    images.linkLayer(scope.repository.name(), blob);
    created(scope, blob);
    return true;
  }

  private void created(RegistryRoutes.Scope scope, BlobInfo blob) {
    scope
        .exchange
        .response(201)
        .putHeader("Location", scope.prefix() + "/blobs/" + blob.digest())
        .putHeader("Docker-Content-Digest", blob.digest().toString())
        .putHeader("Content-Length", "0")
        .end();
  }

  private BlobInfo linked(RepositoryEntity repository, String reference) {
    Digest digest = Digest.parse(reference);
    if (!repository.layers().containsKey(digest.toString())) {
      // A manifest is a blob too to the spec's clients (crane, oras read configs this way).
      if (!repository.images().containsKey(digest.toString())) {
        throw unknownBlob(reference);
      }
    }
    return blobs.stat(digest).orElseThrow(() -> unknownBlob(reference));
  }

  private void send(Exchange exchange, BlobInfo blob, Path file) {
    String range = exchange.header("Range");
    long size = blob.size();
    if (range != null) {
      Matcher m = RANGE.matcher(range.trim());
      if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
        long from;
        long to;
        if (m.group(1).isEmpty()) {
          long suffix = Long.parseLong(m.group(2));
          from = Math.max(0, size - suffix);
          to = size - 1;
        } else {
          from = Long.parseLong(m.group(1));
          to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        }
        if (from >= size || from > to) {
          exchange
              .response(416)
              .putHeader("Content-Range", "bytes */" + size)
              .putHeader("Content-Length", "0")
              .end();
          return;
        }
        blobHeaders(exchange.response(206), blob)
            .putHeader("Content-Range", "bytes " + from + "-" + to + "/" + size)
            .sendFile(file.toString(), from, to - from + 1);
        return;
      }
    }
    blobHeaders(exchange.response(200), blob).sendFile(file.toString());
  }

  private static HttpServerResponse blobHeaders(HttpServerResponse response, BlobInfo blob) {
    return response
        .putHeader("Content-Type", "application/octet-stream")
        .putHeader("Docker-Content-Digest", blob.digest().toString())
        .putHeader("Accept-Ranges", "bytes")
        .putHeader("ETag", "\"" + blob.digest() + "\"");
  }

  private static HttpServerResponse uploadHeaders(
      RegistryRoutes.Scope scope, HttpServerResponse response, Upload upload) {
    return response
        .putHeader("Location", scope.prefix() + "/blobs/uploads/" + upload.id())
        .putHeader("Docker-Upload-UUID", upload.id())
        // The spec: "Range: 0-<end>", the inclusive end of what was received; 0-0 when nothing.
        .putHeader("Range", "0-" + Math.max(0, upload.size() - 1));
  }

  private static OptionalLong contentRangeStart(Exchange exchange) {
    String range = exchange.header("Content-Range");
    if (range == null) {
      return OptionalLong.empty();
    }
    Matcher m = CONTENT_RANGE.matcher(range.trim());
    if (!m.matches()) {
      throw new RegistryException(
          RegistryErrorCode.RANGE_INVALID,
          AwsErrorCode.ECR_INVALID_LAYER_PART,
          "Content-Range must be <start>-<end>, got '" + range + "'");
    }
    return OptionalLong.of(Long.parseLong(m.group(1)));
  }

  private static OptionalLong contentLength(Exchange exchange) {
    String length = exchange.header("Content-Length");
    try {
      return length == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(length));
    } catch (NumberFormatException e) {
      throw new RegistryException(
          RegistryErrorCode.SIZE_INVALID,
          AwsErrorCode.ECR_INVALID_PARAMETER,
          "Content-Length is not a number: " + length);
    }
  }

  private static RegistryException unknownBlob(String reference) {
    return new RegistryException(
        RegistryErrorCode.BLOB_UNKNOWN,
        AwsErrorCode.ECR_LAYERS_NOT_FOUND,
        "blob " + reference + " is unknown to this repository");
  }

  static RegistryException notAllowed(String method, String what) {
    return new RegistryException(
        RegistryErrorCode.UNSUPPORTED,
        AwsErrorCode.ECR_INVALID_PARAMETER,
        method + " is not allowed on " + what);
  }
}
