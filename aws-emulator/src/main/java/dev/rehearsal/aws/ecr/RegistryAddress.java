package dev.rehearsal.aws.ecr;

import java.util.function.IntSupplier;

/**
 * Where the registry is, and the names ECR gives to what is in it. ECR's registry is {@code
 * ACCOUNT.dkr.ecr.REGION.amazonaws.com}; this one is the emulator's own {@code 127.0.0.1:PORT},
 * which a Docker engine on this machine reaches without TLS or a hosts entry (a loopback registry
 * is an insecure registry by default), so that the seed workflow's {@code
 * $ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG} works unchanged (README, "Differences from AWS").
 */
public final class RegistryAddress {
  private final String accountId;
  private final String region;
  private final IntSupplier port;

  public RegistryAddress(String accountId, String region, IntSupplier port) {
    this.accountId = accountId;
    this.region = region;
    this.port = port;
  }

  public String accountId() {
    return accountId;
  }

  public String region() {
    return region;
  }

  /** {@code 127.0.0.1:PORT}: what {@code docker login} and image names use. */
  public String host() {
    return "127.0.0.1:" + port.getAsInt();
  }

  /**
   * The {@code proxyEndpoint} of {@code GetAuthorizationToken}: {@code https://} as ECR's, since
   * clients strip exactly that prefix to name the registry (aws-actions/amazon-ecr-login); the
   * Docker engine falls back to plain HTTP for a loopback registry.
   */
  public String proxyEndpoint() {
    return "https://" + host();
  }

  public String repositoryUri(String name) {
    return host() + "/" + name;
  }

  public String repositoryArn(String name) {
    return "arn:aws:ecr:" + region + ":" + accountId + ":repository/" + name;
  }
}
