package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.support.EcrFixtures;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.PutImageResponse;

/** Images pushed through ECR's layer API, as an SDK-based pusher does without a registry. */
final class EcrImages {
  private EcrImages() {}

  /** Uploads {@code content} as a layer of {@code repository}; returns its digest. */
  static String uploadLayer(EcrClient ecr, String repository, byte[] content) {
    String uploadId = ecr.initiateLayerUpload(r -> r.repositoryName(repository)).uploadId();
    ecr.uploadLayerPart(
        r ->
            r.repositoryName(repository)
                .uploadId(uploadId)
                .partFirstByte(0L)
                .partLastByte((long) content.length - 1)
                .layerPartBlob(SdkBytes.fromByteArray(content)));
    String digest = EcrFixtures.sha256(content);
    ecr.completeLayerUpload(
        r -> r.repositoryName(repository).uploadId(uploadId).layerDigests(digest));
    return digest;
  }

  /** A Docker schema 2 manifest over a config and one layer. */
  static String manifest(String configDigest, int configSize, String layerDigest, int layerSize) {
    return """
        {"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",\
        "config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":%d,\
        "digest":"%s"},"layers":[{"mediaType":\
        "application/vnd.docker.image.rootfs.diff.tar.gzip","size":%d,"digest":"%s"}]}"""
        .formatted(configSize, configDigest, layerSize, layerDigest);
  }

  /** Pushes a small image tagged {@code tag}: a config, a layer, the manifest. */
  static PutImageResponse pushSmallImage(EcrClient ecr, String repository, String tag) {
    byte[] config =
        ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"tag\":\"" + tag + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    byte[] layer = ("layer of " + repository + ":" + tag).getBytes(StandardCharsets.UTF_8);
    String configDigest = uploadLayer(ecr, repository, config);
    String layerDigest = uploadLayer(ecr, repository, layer);
    String manifest = manifest(configDigest, config.length, layerDigest, layer.length);
    return ecr.putImage(r -> r.repositoryName(repository).imageTag(tag).imageManifest(manifest));
  }
}
