package dev.rehearsal.aws.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Sends a request the AWS SDK v2's signer signed, as raw HTTP: for what a test must shape itself
 * (another service in the scope, a body no SDK would send). The JDK client sets {@code Host} and
 * {@code Content-Length} itself, from the same values the signer saw.
 */
public final class SignedRequests {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private SignedRequests() {}

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
