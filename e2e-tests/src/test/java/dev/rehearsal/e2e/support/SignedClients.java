package dev.rehearsal.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * SDK clients of one endpoint signed as someone other than its root: a job's session, or a key with
 * a wrong secret. The caller closes them (each owns its HTTP client).
 */
public final class SignedClients {
  private SignedClients() {}

  /**
   * {@code builder}'s client for {@code endpoint} in us-east-1, signing with {@code credentials}.
   */
  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C of(
      B builder, URI endpoint, AwsCredentials credentials) {
    return builder
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .build();
  }

  /** The session credentials STS returned. */
  public static AwsSessionCredentials session(Credentials credentials) {
    return AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }

  /** The session credentials a job of {@link DaemonlessPush#workflow} wrote to {@code file}. */
  public static AwsSessionCredentials session(Path file) throws IOException {
    List<String> keys = Files.readAllLines(file);
    return AwsSessionCredentials.create(keys.get(0), keys.get(1), keys.get(2));
  }
}
