package dev.rehearsal.provisioner.aws;

import dev.rehearsal.provisioner.ProvisionException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Where the provisioner's requests go and as whom: one endpoint that serves IAM, STS, ECR and
 * CloudFormation at one address (the aws-emulator, LocalStack, moto server), or real AWS with the
 * SDK's default endpoints, credentials and region.
 */
public final class AwsTarget {
  /** The credentials {@code rehearse up} prints for the aws-emulator; LocalStack's and moto's. */
  static final String LOCAL_KEY = "test";

  private final Optional<URI> endpoint;
  private final String region;
  private final AwsCredentialsProvider credentials;

  private AwsTarget(Optional<URI> endpoint, String region, AwsCredentialsProvider credentials) {
    this.endpoint = endpoint;
    this.region = Objects.requireNonNull(region, "region");
    this.credentials = credentials;
  }

  /** The aws-emulator of a running world: its root key {@code test}/{@code test}. */
  public static AwsTarget emulator(URI endpoint, String region) {
    return new AwsTarget(
        Optional.of(endpoint),
        region,
        StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY)));
  }

  /**
   * Another endpoint (LocalStack, moto server): credentials from the environment, the system
   * properties or the AWS profile when there are any, else {@code test}/{@code test}, which those
   * servers accept. The instance metadata service is not asked: a local server has no instance.
   */
  public static AwsTarget endpoint(URI endpoint, String region) {
    AwsCredentialsProvider chain =
        AwsCredentialsProviderChain.builder()
            .credentialsProviders(
                EnvironmentVariableCredentialsProvider.create(),
                SystemPropertyCredentialsProvider.create(),
                ProfileCredentialsProvider.create(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY)))
            .build();
    return new AwsTarget(Optional.of(endpoint), region, chain);
  }

  /**
   * Real AWS: the SDK's default credentials chain (environment, profile, SSO, container and
   * instance roles) and region ({@code region}, else {@code AWS_REGION}, the profile's, the
   * instance's).
   *
   * @throws ProvisionException when no region is given or configured
   */
  public static AwsTarget aws(Optional<String> region) {
    String chosen =
        region.orElseGet(
            () -> {
              try {
                return new DefaultAwsRegionProviderChain().getRegion().id();
              } catch (SdkClientException e) {
                throw new ProvisionException(
                    "NoRegion",
                    "You must specify a region: give --region, or set AWS_REGION or a profile's"
                        + " region.");
              }
            });
    return new AwsTarget(Optional.empty(), chosen, DefaultCredentialsProvider.builder().build());
  }

  public Optional<URI> endpoint() {
    return endpoint;
  }

  public String region() {
    return region;
  }

  AwsCredentialsProvider credentials() {
    return credentials;
  }

  /** Where requests go, for a reader: the endpoint's URL, or {@code AWS (REGION)}. */
  public String describe() {
    return endpoint.map(URI::toString).orElse("AWS (" + region + ")");
  }
}
