package dev.rehearsal.provisioner.aws;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK clients of one {@link AwsTarget}, made when first used (each costs a fraction of a second
 * to build) and sharing one HTTP client; closing this closes them all.
 */
public final class AwsClients implements AutoCloseable {
  private final AwsTarget target;
  private final SdkHttpClient http = UrlConnectionHttpClient.create();
  private final List<SdkClient> made = new ArrayList<>();
  private IamClient iam;
  private EcrClient ecr;
  private StsClient sts;
  private CloudFormationClient cloudFormation;
  private String accountId;

  public AwsClients(AwsTarget target) {
    this.target = target;
  }

  public AwsTarget target() {
    return target;
  }

  public String region() {
    return target.region();
  }

  /**
   * IAM is global: signed for us-east-1 in the aws partition. With an endpoint override the SDK
   * would sign for its pseudo-region aws-global, which IAM refuses (aws/aws-sdk-java-v2#988), so a
   * local endpoint is given us-east-1 itself.
   */
  public IamClient iam() {
    if (iam == null) {
      Region region = target.endpoint().isPresent() ? Region.US_EAST_1 : globalRegion();
      iam = made(configured(IamClient.builder(), region).build());
    }
    return iam;
  }

  public EcrClient ecr() {
    if (ecr == null) {
      ecr = made(configured(EcrClient.builder(), Region.of(target.region())).build());
    }
    return ecr;
  }

  public StsClient sts() {
    if (sts == null) {
      sts = made(configured(StsClient.builder(), Region.of(target.region())).build());
    }
    return sts;
  }

  public CloudFormationClient cloudFormation() {
    if (cloudFormation == null) {
      cloudFormation =
          made(configured(CloudFormationClient.builder(), Region.of(target.region())).build());
    }
    return cloudFormation;
  }

  /** The account the credentials belong to ({@code GetCallerIdentity}), asked once. */
  public String accountId() {
    if (accountId == null) {
      accountId =
          ServiceErrors.call("GetCallerIdentity", () -> sts().getCallerIdentity().account());
    }
    return accountId;
  }

  private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configured(
      B builder, Region region) {
    builder.region(region).credentialsProvider(target.credentials()).httpClient(http);
    target.endpoint().ifPresent(builder::endpointOverride);
    return builder;
  }

  private <C extends SdkClient> C made(C client) {
    made.add(client);
    return client;
  }

  private Region globalRegion() {
    if (target.region().startsWith("cn-")) {
      return Region.AWS_CN_GLOBAL;
    }
    return target.region().startsWith("us-gov-") ? Region.AWS_US_GOV_GLOBAL : Region.AWS_GLOBAL;
  }

  @Override
  public void close() {
    made.forEach(SdkClient::close);
    http.close();
  }
}
