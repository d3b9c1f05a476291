package dev.rehearsal.aws.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EcrFixtures;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Sessions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;

/**
 * The registry on {@code /v2/} as a client of the OCI distribution spec meets it: ECR's Basic
 * challenge, pushes and pulls with the password {@code GetAuthorizationToken} gives, and every
 * refusal in the spec's error shape with ECR's words (facts: "ECR").
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class RegistryTest {
  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void ping_withoutCredentials_isEcrsBasicChallenge() {
    HttpResponse<String> answer = RegistryHttp.withAuthorization(null).send("GET", "/v2/", null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .hasValue(
            "Basic realm=\"https://"
                + Clients.endpoint().getAuthority()
                + "/\",service=\"ecr.amazonaws.com\"");
    assertThat(answer.body()).contains("\"code\":\"UNAUTHORIZED\"");
  }

  @Test
  void ping_withAForgedPassword_isUnauthorized() {
    String forged = RegistryHttp.basic("AWS", "bm90IGEgcGFzc3dvcmQgc2VhbGVkIGhlcmU=");

    HttpResponse<String> answer = RegistryHttp.withAuthorization(forged).send("GET", "/v2/", null);

    assertThat(answer.statusCode()).isEqualTo(401);
  }

  @Test
  void ping_withTheLoginPassword_isOkWithTheApiVersion() {
    HttpResponse<String> answer = RegistryHttp.loggedInAs(Clients.ROOT).send("GET", "/v2/", null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Docker-Distribution-API-Version"))
        .hasValue("registry/2.0");
  }

  @Test
  void pushThenPull_byTagAndDigest_returnsTheSameBytes() {
    EcrFixtures.repository("reg/roundtrip", ImageTagMutability.MUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Sessions.seed());
    byte[] config = bytes("{\"os\":\"linux\"}");
    byte[] layer = bytes("roundtrip layer");

    HttpResponse<String> put = registry.pushImage("reg/roundtrip", "v1", config, layer);

    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    String digest = put.headers().firstValue("Docker-Content-Digest").orElseThrow();
    assertThat(digest).isEqualTo(EcrFixtures.sha256(bytes(RegistryHttp.manifest(config, layer))));
    HttpResponse<String> byTag = registry.send("GET", "/v2/reg/roundtrip/manifests/v1", null);
    HttpResponse<String> byDigest =
        registry.send("GET", "/v2/reg/roundtrip/manifests/" + digest, null);
    HttpResponse<String> blob =
        registry.send("GET", "/v2/reg/roundtrip/blobs/" + EcrFixtures.sha256(layer), null);
    assertThat(byTag.body()).isEqualTo(RegistryHttp.manifest(config, layer));
    assertThat(byTag.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.oci.image.manifest.v1+json");
    assertThat(byDigest.body()).isEqualTo(byTag.body());
    assertThat(blob.body()).isEqualTo("roundtrip layer");
  }

  @Test
  void push_byARoleWithoutPushRights_isDeniedAsEcrWordsIt() {
    EcrFixtures.repository("reg/denied", ImageTagMutability.MUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Sessions.of("PullOnly", EcrFixtures.PULL_ONLY));

    HttpResponse<String> answer = registry.send("POST", "/v2/reg/denied/blobs/uploads/", null);

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"User:"
                + " arn:aws:sts::000000000000:assumed-role/PullOnly/GitHubActions is not"
                + " authorized to perform: ecr:InitiateLayerUpload on resource:"
                + " arn:aws:ecr:us-east-1:000000000000:repository/reg/denied because no"
                + " identity-based policy allows the ecr:InitiateLayerUpload action\"}]}");
  }

  @Test
  void push_allowedByTheRepositoryPolicyAlone_succeeds() {
    EcrFixtures.repository("reg/by-policy", ImageTagMutability.MUTABLE);
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.setRepositoryPolicy(
          r ->
              r.repositoryName("reg/by-policy")
                  .policyText(
                      """
                      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                        "Principal":{"AWS":"arn:aws:iam::000000000000:role/PullOnly"},
                        "Action":["ecr:InitiateLayerUpload","ecr:UploadLayerPart",
                          "ecr:CompleteLayerUpload","ecr:PutImage"]}]}"""));
    }
    RegistryHttp registry = RegistryHttp.loggedInAs(Sessions.of("PullOnly", EcrFixtures.PULL_ONLY));

    HttpResponse<String> put =
        registry.pushImage("reg/by-policy", "v1", bytes("{}"), bytes("by policy"));

    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
  }

  @Test
  void push_toAMissingRepository_isNameUnknown_withEcrsText() {
    RegistryHttp registry = RegistryHttp.loggedInAs(Clients.ROOT);

    HttpResponse<String> answer = registry.send("POST", "/v2/reg/missing/blobs/uploads/", null);

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"The repository with name"
                + " 'reg/missing' does not exist in the registry with id '000000000000'\"}]}");
  }

  @Test
  void blobPush_withTheWrongDigest_isDigestInvalid_andNothingIsStored() {
    EcrFixtures.repository("reg/digest", ImageTagMutability.MUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Clients.ROOT);
    String claimed = EcrFixtures.sha256(bytes("something else"));

    HttpResponse<String> answer = registry.pushBlob("reg/digest", bytes("content"), claimed);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("\"code\":\"DIGEST_INVALID\"");
    assertThat(registry.send("HEAD", "/v2/reg/digest/blobs/" + claimed, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void manifest_referencingABlobNeverPushed_isManifestBlobUnknown() {
    EcrFixtures.repository("reg/unknown-blob", ImageTagMutability.MUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Clients.ROOT);

    HttpResponse<String> answer =
        registry.send(
            "PUT",
            "/v2/reg/unknown-blob/manifests/v1",
            bytes(RegistryHttp.manifest(bytes("{}"), bytes("never pushed"))),
            "Content-Type",
            "application/vnd.oci.image.manifest.v1+json");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("\"code\":\"MANIFEST_BLOB_UNKNOWN\"");
  }

  @Test
  void manifest_onAnImmutableTag_isTagInvalid_andTheTagKeepsItsImage() {
    EcrFixtures.repository("reg/immutable", ImageTagMutability.IMMUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Clients.ROOT);
    HttpResponse<String> first =
        registry.pushImage("reg/immutable", "v1", bytes("{}"), bytes("first"));
    HttpResponse<String> again =
        registry.pushImage("reg/immutable", "v1", bytes("{}"), bytes("first"));

    HttpResponse<String> second =
        registry.pushImage("reg/immutable", "v1", bytes("{}"), bytes("second"));

    assertThat(again.statusCode()).as("the same image again is no change").isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body())
        .contains("\"code\":\"TAG_INVALID\"")
        .contains("cannot be overwritten because the tag is immutable.");
    assertThat(
            registry
                .send("HEAD", "/v2/reg/immutable/manifests/v1", null)
                .headers()
                .firstValue("Docker-Content-Digest"))
        .isEqualTo(first.headers().firstValue("Docker-Content-Digest"));
  }

  @Test
  void tagsList_pagesWithNAndLast_andALinkToTheNextPage() {
    EcrFixtures.repository("reg/tags", ImageTagMutability.MUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Clients.ROOT);
    for (String tag : List.of("c", "a", "b")) {
      registry.pushImage("reg/tags", tag, bytes("{}"), bytes("tags"));
    }

    HttpResponse<String> first = registry.send("GET", "/v2/reg/tags/tags/list?n=2", null);
    HttpResponse<String> rest = registry.send("GET", "/v2/reg/tags/tags/list?n=2&last=b", null);

    assertThat(first.body()).isEqualTo("{\"name\":\"reg/tags\",\"tags\":[\"a\",\"b\"]}");
    assertThat(first.headers().firstValue("Link"))
        .hasValue("</v2/reg/tags/tags/list?n=2&last=b>; rel=\"next\"");
    assertThat(rest.body()).isEqualTo("{\"name\":\"reg/tags\",\"tags\":[\"c\"]}");
  }

  @Test
  void connectionCutMidChunk_keepsNothingOfTheChunk_andTheUploadResumes() throws Exception {
    EcrFixtures.repository("reg/cut", ImageTagMutability.MUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Clients.ROOT);
    String location =
        registry
            .send("POST", "/v2/reg/cut/blobs/uploads/", null)
            .headers()
            .firstValue("Location")
            .orElseThrow();
    byte[] layer = new byte[2 * 1024 * 1024];
    new java.util.Random(11).nextBytes(layer);

    // A PATCH announcing the whole layer that sends half of it, then the connection drops.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Clients.endpoint().getPort())) {
      var out = socket.getOutputStream();
      out.write(
          ("PATCH "
                  + location
                  + " HTTP/1.1\r\nHost: "
                  + Clients.endpoint().getAuthority()
                  + "\r\nAuthorization: "
                  + registry.authorization()
                  + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                  + layer.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(layer, 0, layer.length / 2);
      out.flush();
    }
    // The server gives the cut chunk up when it sees the close; until then the session is busy.
    HttpResponse<String> resumed = complete(registry, location, layer);
    for (int i = 0; i < 100 && resumed.statusCode() == 416; i++) {
      Thread.sleep(50);
      resumed = complete(registry, location, layer);
    }

    assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(201);
    assertThat(resumed.headers().firstValue("Docker-Content-Digest"))
        .hasValue(EcrFixtures.sha256(layer));
  }

  /** The whole layer as the last chunk: accepted only if nothing of the cut chunk was kept. */
  private static HttpResponse<String> complete(
      RegistryHttp registry, String location, byte[] layer) {
    return registry.send(
        "PUT",
        location + "?digest=" + EcrFixtures.sha256(layer),
        layer,
        "Content-Type",
        "application/octet-stream",
        "Content-Range",
        "0-" + (layer.length - 1));
  }

  @Test
  void concurrentPushesOfTheSameImage_bothSucceed() throws Exception {
    EcrFixtures.repository("reg/concurrent", ImageTagMutability.MUTABLE);
    RegistryHttp registry = RegistryHttp.loggedInAs(Clients.ROOT);
    byte[] layer = new byte[3 * 1024 * 1024];
    new java.util.Random(7).nextBytes(layer);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> pushes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        pushes.add(
            pool.submit(() -> registry.pushImage("reg/concurrent", "same", bytes("{}"), layer)));
      }
      for (Future<HttpResponse<String>> push : pushes) {
        assertThat(push.get().statusCode()).as(push.get().body()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    HttpResponse<String> blob =
        registry.send("HEAD", "/v2/reg/concurrent/blobs/" + EcrFixtures.sha256(layer), null);
    assertThat(blob.headers().firstValue("Content-Length")).hasValue(String.valueOf(layer.length));
  }
}
