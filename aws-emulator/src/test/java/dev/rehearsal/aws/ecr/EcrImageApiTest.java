package dev.rehearsal.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EcrFixtures;
import dev.rehearsal.aws.support.EmulatorResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.ecr.model.ImageTagAlreadyExistsException;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;
import software.amazon.awssdk.services.ecr.model.InvalidLayerException;
import software.amazon.awssdk.services.ecr.model.InvalidLayerPartException;
import software.amazon.awssdk.services.ecr.model.LayerAvailability;
import software.amazon.awssdk.services.ecr.model.LayersNotFoundException;
import software.amazon.awssdk.services.ecr.model.TagStatus;

/**
 * ECR's image and layer operations through the AWS SDK v2 (botocore {@code ecr/2015-09-21}): the
 * layer upload API, {@code PutImage}, listing, describing, getting and deleting images, and the
 * checks ECR makes on the way (layers present, tag immutability, digests).
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class EcrImageApiTest {
  @Test
  void pushThroughTheLayerApi_thenListDescribeAndGet() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("api/push"));
      var pushed = EcrImages.pushSmallImage(ecr, "api/push", "v1").image();
      String digest = pushed.imageId().imageDigest();

      assertThat(digest)
          .isEqualTo(EcrFixtures.sha256(pushed.imageManifest().getBytes(StandardCharsets.UTF_8)));
      assertThat(ecr.listImages(r -> r.repositoryName("api/push")).imageIds())
          .containsExactly(ImageIdentifier.builder().imageDigest(digest).imageTag("v1").build());
      var detail = ecr.describeImages(r -> r.repositoryName("api/push")).imageDetails().get(0);
      assertThat(detail.imageTags()).containsExactly("v1");
      assertThat(detail.imageManifestMediaType())
          .isEqualTo("application/vnd.docker.distribution.manifest.v2+json");
      var got =
          ecr.batchGetImage(r -> r.repositoryName("api/push").imageIds(i -> i.imageTag("v1")));
      assertThat(got.images())
          .singleElement()
          .satisfies(i -> assertThat(i.imageManifest()).isEqualTo(pushed.imageManifest()));
      assertThat(got.failures()).isEmpty();
    }
  }

  @Test
  void batchCheckLayerAvailability_saysWhichLayersTheRepositoryHas() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("api/layers"));
      String present =
          EcrImages.uploadLayer(ecr, "api/layers", "present".getBytes(StandardCharsets.UTF_8));
      String absent = EcrFixtures.sha256("absent".getBytes(StandardCharsets.UTF_8));

      var answer =
          ecr.batchCheckLayerAvailability(
              r -> r.repositoryName("api/layers").layerDigests(present, absent));

      assertThat(answer.layers())
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.layerDigest()).isEqualTo(present);
                assertThat(l.layerAvailability()).isEqualTo(LayerAvailability.AVAILABLE);
                assertThat(l.layerSize()).isEqualTo(7L);
              });
      assertThat(answer.failures())
          .singleElement()
          .satisfies(f -> assertThat(f.failureCodeAsString()).isEqualTo("MissingLayerDigest"));
    }
  }

  @Test
  void putImage_whenALayerWasNeverPushed_isLayersNotFound_andNothingStored() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("api/missing"));
      String missing = EcrFixtures.sha256("never pushed".getBytes(StandardCharsets.UTF_8));

      assertThatThrownBy(
              () ->
                  ecr.putImage(
                      r ->
                          r.repositoryName("api/missing")
                              .imageTag("v1")
                              .imageManifest(EcrImages.manifest(missing, 10, missing, 10))))
          .isInstanceOf(LayersNotFoundException.class);
      assertThat(ecr.listImages(r -> r.repositoryName("api/missing")).imageIds()).isEmpty();
    }
  }

  @Test
  void putImage_onAnImmutableTag_isImageTagAlreadyExists() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(
          r -> r.repositoryName("api/immutable").imageTagMutability(ImageTagMutability.IMMUTABLE));
      EcrImages.pushSmallImage(ecr, "api/immutable", "v1");
      var other = EcrImages.pushSmallImage(ecr, "api/immutable", "v2").image().imageManifest();

      assertThatThrownBy(
              () ->
                  ecr.putImage(
                      r -> r.repositoryName("api/immutable").imageTag("v1").imageManifest(other)))
          .isInstanceOfSatisfying(
              ImageTagAlreadyExistsException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo(
                          "The image tag 'v1' already exists in the 'api/immutable' repository"
                              + " and cannot be overwritten because the tag is immutable."));
    }
  }

  @Test
  void uploadLayerPart_outOfOrder_isInvalidLayerPart_andCompleteWithWrongDigestIsInvalidLayer() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("api/parts"));
      String uploadId = ecr.initiateLayerUpload(r -> r.repositoryName("api/parts")).uploadId();
      byte[] part = "part".getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(
              () ->
                  ecr.uploadLayerPart(
                      r ->
                          r.repositoryName("api/parts")
                              .uploadId(uploadId)
                              .partFirstByte(10L)
                              .partLastByte(13L)
                              .layerPartBlob(SdkBytes.fromByteArray(part))))
          .isInstanceOf(InvalidLayerPartException.class);
      ecr.uploadLayerPart(
          r ->
              r.repositoryName("api/parts")
                  .uploadId(uploadId)
                  .partFirstByte(0L)
                  .partLastByte(3L)
                  .layerPartBlob(SdkBytes.fromByteArray(part)));
      String wrong = EcrFixtures.sha256("other".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(
              () ->
                  ecr.completeLayerUpload(
                      r -> r.repositoryName("api/parts").uploadId(uploadId).layerDigests(wrong)))
          .isInstanceOf(InvalidLayerException.class);
      assertThat(
              ecr.batchCheckLayerAvailability(
                      r -> r.repositoryName("api/parts").layerDigests(wrong))
                  .layers())
          .isEmpty();
    }
  }

  @Test
  void batchDeleteImage_byTag_removesTheImageWithItsLastTag() {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName("api/delete"));
      var image = EcrImages.pushSmallImage(ecr, "api/delete", "v1").image();
      ecr.putImage(
          r ->
              r.repositoryName("api/delete")
                  .imageTag("latest")
                  .imageManifest(image.imageManifest()));

      ecr.batchDeleteImage(r -> r.repositoryName("api/delete").imageIds(i -> i.imageTag("v1")));
      assertThat(
              ecr.listImages(
                      r ->
                          r.repositoryName("api/delete").filter(f -> f.tagStatus(TagStatus.TAGGED)))
                  .imageIds())
          .extracting(ImageIdentifier::imageTag)
          .containsExactly("latest");
      var answer =
          ecr.batchDeleteImage(
              r ->
                  r.repositoryName("api/delete")
                      .imageIds(i -> i.imageTag("latest"), i -> i.imageTag("gone")));

      assertThat(answer.imageIds()).extracting(ImageIdentifier::imageTag).containsExactly("latest");
      assertThat(answer.failures())
          .singleElement()
          .satisfies(f -> assertThat(f.failureCodeAsString()).isEqualTo("ImageNotFound"));
      assertThat(ecr.listImages(r -> r.repositoryName("api/delete")).imageIds()).isEmpty();
    }
  }
}
