package dev.rehearsal.provisioner.direct.driver;

import java.util.Map;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;

/** The driver of each resource type the flow has, by CloudFormation type name. */
public final class Drivers {
  private final Map<String, ResourceDriver> byType;

  public Drivers(IamClient iam, EcrClient ecr) {
    Principals principals = new Principals(iam);
    byType =
        Map.of(
            "AWS::IAM::OIDCProvider", new OidcProviderDriver(iam),
            "AWS::IAM::Role", new RoleDriver(iam),
            "AWS::IAM::Policy", new PolicyDriver(principals),
            "AWS::IAM::ManagedPolicy", new ManagedPolicyDriver(iam, principals),
            "AWS::ECR::Repository", new RepositoryDriver(ecr));
  }

  /**
   * The driver for {@code type}; core's template model refuses any other type before a plan is
   * made, so one missing here is a bug.
   */
  public ResourceDriver of(String type) {
    ResourceDriver driver = byType.get(type);
    if (driver == null) {
      throw new IllegalStateException("No driver for resource type " + type);
    }
    return driver;
  }
}
