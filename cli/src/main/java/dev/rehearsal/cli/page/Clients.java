package dev.rehearsal.cli.page;

import dev.rehearsal.provisioner.aws.AwsClients;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK's clients for the aws-emulator, shared by the page's threads: {@link AwsClients} makes
 * each on first use and is not thread-safe, so that first use is serialised here (the clients
 * themselves are thread-safe), and nothing is made once the page is closed.
 */
final class Clients implements AutoCloseable {
  private final AwsClients aws;
  private boolean closed;

  Clients(AwsClients aws) {
    this.aws = aws;
  }

  String region() {
    return aws.region();
  }

  synchronized IamClient iam() {
    open();
    return aws.iam();
  }

  synchronized EcrClient ecr() {
    open();
    return aws.ecr();
  }

  synchronized StsClient sts() {
    open();
    return aws.sts();
  }

  synchronized CloudFormationClient cloudFormation() {
    open();
    return aws.cloudFormation();
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("the page is closing");
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    aws.close();
  }
}
