package dev.rehearsal.aws.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** AWS SDK v2 clients pointed at the emulator under test, found through its port file. */
public final class Clients {
  public static final AwsCredentials ROOT = AwsBasicCredentials.create("test", "test");

  private Clients() {}

  /** {@code http://127.0.0.1:PORT} from {@code <data-dir>/port}, the emulator's contract. */
  public static URI endpoint() {
    Path file = EmulatorResource.dataDir().resolve("data/port");
    try {
      // The file is written once the server listens, which may follow the app's start a little.
      for (int i = 0; i < 200 && !Files.exists(file); i++) {
        Thread.sleep(50);
      }
      return URI.create("http://127.0.0.1:" + Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("the emulator wrote no port file", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static StsClient sts(AwsCredentials credentials) {
    return sts(StaticCredentialsProvider.create(credentials));
  }

  public static StsClient anonymousSts() {
    return sts(AnonymousCredentialsProvider.create());
  }

  public static AwsCredentials of(Credentials session) {
    return AwsSessionCredentials.create(
        session.accessKeyId(), session.secretAccessKey(), session.sessionToken());
  }

  private static StsClient sts(AwsCredentialsProvider provider) {
    return StsClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(provider)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static IamClient iam(AwsCredentials credentials) {
    return IamClient.builder()
        .endpointOverride(endpoint())
        // IAM is signed for us-east-1; with an endpoint override the SDK would sign for its
        // pseudo-region aws-global, which IAM refuses (aws/aws-sdk-java-v2#988).
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static EcrClient ecr(AwsCredentials credentials) {
    return EcrClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static CloudFormationClient cloudFormation(AwsCredentials credentials) {
    return CloudFormationClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
