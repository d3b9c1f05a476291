package dev.rehearsal.aws.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Sends a request the AWS SDK v2's signer signed, as raw HTTP: for what a test must shape itself
 * (another service in the scope, a body no SDK would send). The JDK client sets {@code Host} and
 * {@code Content-Length} itself, from the same values the signer saw.
 */
public final class SignedRequests {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private SignedRequests() {}

  /**
   * POSTs {@code body} to the emulator's {@code /} with {@code headers}, signed with the root key
   * for {@code service} in {@code region}: what a test shapes by hand (a scope no SDK client would
   * send, a body no SDK would serialise).
   */
  public static HttpResponse<String> post(
      String service, String region, byte[] body, String... headers)
      throws IOException, InterruptedException {
    SdkHttpRequest.Builder request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(Clients.endpoint())
            .encodedPath("/");
    for (int i = 0; i < headers.length; i += 2) {
      request.putHeader(headers[i], headers[i + 1]);
    }
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create("test", "test"))
                        .request(request.build())
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region))
            .request();
    return send(signed, body);
  }

  public static HttpResponse<String> send(SdkHttpRequest signed, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(signed.getUri());
    signed
        .headers()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                values.forEach(v -> request.header(name, v));
              }
            });
    request.method(
        signed.method().name(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
