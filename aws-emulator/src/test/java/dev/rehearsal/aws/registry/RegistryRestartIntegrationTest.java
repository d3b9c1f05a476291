package dev.rehearsal.aws.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.support.EcrFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;

/**
 * A push interrupted by a {@code kill -9} of the packaged emulator resumes after a restart on the
 * same data directory: the repository, the password (sealed under the directory's key) and the
 * upload session, with the bytes acknowledged before the kill, are all still there; nothing
 * half-written is ever served.
 */
class RegistryRestartIntegrationTest {
  private static final Path JAR = Path.of("target/aws-emulator-runner.jar");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path data;

  private Process emulator;

  @AfterEach
  void stop() {
    if (emulator != null) {
      emulator.destroyForcibly();
    }
  }

  private URI start() throws IOException, InterruptedException {
    Files.deleteIfExists(data.resolve("port"));
    emulator =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drehearsal.data-dir=" + data,
                "-Dquarkus.http.port=0",
                "-jar",
                JAR.toString())
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("..").resolve(data.getFileName() + ".log").toFile())
            .start();
    for (int i = 0; i < 600 && !Files.exists(data.resolve("port")); i++) {
      Thread.sleep(50);
    }
    return URI.create("http://127.0.0.1:" + Files.readString(data.resolve("port")).trim());
  }

  private static EcrClient ecr(URI endpoint) {
    return EcrClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static HttpResponse<String> send(
      URI endpoint, String auth, String method, String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .header("Authorization", auth)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pushKilledMidUpload_resumesAfterRestart_withTheSamePassword() throws Exception {
    URI endpoint = start();
    String token;
    try (EcrClient ecr = ecr(endpoint)) {
      ecr.createRepository(r -> r.repositoryName("restart/app"));
      token = ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken();
    }
    String auth = "Basic " + token;
    byte[] layer = new byte[3 * 1024 * 1024];
    new Random(5).nextBytes(layer);
    byte[] first = Arrays.copyOfRange(layer, 0, 1024 * 1024);
    byte[] rest = Arrays.copyOfRange(layer, first.length, layer.length);
    String location =
        send(endpoint, auth, "POST", "/v2/restart/app/blobs/uploads/", null)
            .headers()
            .firstValue("Location")
            .orElseThrow();
    HttpResponse<String> chunk =
        send(
            endpoint,
            auth,
            "PATCH",
            location,
            first,
            "Content-Type",
            "application/octet-stream",
            "Content-Range",
            "0-" + (first.length - 1));
    assertThat(chunk.statusCode()).as(chunk.body()).isEqualTo(202);

    emulator.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    URI restarted = start();

    HttpResponse<String> status = send(restarted, auth, "GET", location, null);
    assertThat(status.statusCode()).as(status.body()).isEqualTo(204);
    assertThat(status.headers().firstValue("Range")).hasValue("0-" + (first.length - 1));
    String digest = EcrFixtures.sha256(layer);
    assertThat(send(restarted, auth, "HEAD", "/v2/restart/app/blobs/" + digest, null).statusCode())
        .as("nothing half-pushed is served")
        .isEqualTo(404);
    HttpResponse<String> done =
        send(
            restarted,
            auth,
            "PUT",
            location + "?digest=" + digest,
            rest,
            "Content-Type",
            "application/octet-stream",
            "Content-Range",
            first.length + "-" + (layer.length - 1));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    HttpResponse<String> blob =
        send(restarted, auth, "GET", "/v2/restart/app/blobs/" + digest, null);
    assertThat(blob.statusCode()).isEqualTo(200);
    assertThat(blob.headers().firstValue("Docker-Content-Digest")).hasValue(digest);
  }
}
