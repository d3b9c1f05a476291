package dev.rehearsal.runner.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;

/** AWS SDK v2 clients of the account's root, pointed at a {@link LocalWorld}'s aws-emulator. */
public final class WorldClients {
  private static final StaticCredentialsProvider ROOT =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

  private WorldClients() {}

  public static IamClient iam(LocalWorld world) {
    return IamClient.builder()
        .endpointOverride(URI.create(world.awsEndpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(ROOT)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static EcrClient ecr(LocalWorld world) {
    return EcrClient.builder()
        .endpointOverride(URI.create(world.awsEndpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(ROOT)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
