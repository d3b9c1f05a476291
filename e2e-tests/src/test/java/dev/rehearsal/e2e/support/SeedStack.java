package dev.rehearsal.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.changeset.ChangeSetProvisioner;
import java.util.Map;
import java.util.Set;

/**
 * The seed's stack ({@code examples/seed/stack.yaml}: the GitHub OIDC provider, the role {@code
 * GithubOIDCIAMRole} trusting {@code repo:ORG/*}, its push policy), with the resources a test adds
 * to it, deployed the seed's way: through CloudFormation ({@code CreateChangeSet}, {@code
 * ExecuteChangeSet}) with {@code CAPABILITY_NAMED_IAM}, as {@code rehearse provision} does.
 */
public final class SeedStack {
  public static final String NAME = "github-oidc";
  public static final String ROLE = "GithubOIDCIAMRole";
  public static final String ORGANISATION = "acme";

  private SeedStack() {}

  /**
   * The seed's template with {@code resources} (YAML, indented as resources) added after its own:
   * the seed's stack has no ECR repository, the flow needs one.
   */
  public static String template(String... resources) {
    String seed = RepositoryFiles.read("examples/seed/stack.yaml");
    int outputs = seed.indexOf("\nOutputs:");
    return seed.substring(0, outputs + 1)
        + String.join("", resources)
        + seed.substring(outputs + 1);
  }

  /** An {@code AWS::ECR::Repository}; immutable tags when {@code immutable}. */
  public static String repository(String logicalId, String name, boolean immutable) {
    return "  "
        + logicalId
        + ":\n"
        + "    Type: 'AWS::ECR::Repository'\n"
        + "    Properties:\n"
        + "      RepositoryName: "
        + name
        + "\n"
        + "      ImageTagMutability: "
        + (immutable ? "IMMUTABLE" : "MUTABLE")
        + "\n\n";
  }

  /**
   * A role that trusts GitHub's tokens of {@code subjectPattern} and whose inline policy allows
   * {@code actions} on {@code repositoryArn}, plus {@code ecr:GetAuthorizationToken}.
   */
  public static String role(
      String logicalId,
      String roleName,
      String subjectPattern,
      String repositoryArn,
      String... actions) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("  ")
        .append(logicalId)
        .append(":\n")
        .append("    Type: 'AWS::IAM::Role'\n")
        .append("    Properties:\n")
        .append("      RoleName: ")
        .append(roleName)
        .append('\n')
        .append("      AssumeRolePolicyDocument:\n")
        .append("        Statement:\n")
        .append("          - Effect: Allow\n")
        .append("            Action: 'sts:AssumeRoleWithWebIdentity'\n")
        .append("            Principal:\n")
        .append("              Federated: !Ref GithubOidc\n")
        .append("            Condition:\n")
        .append("              StringEquals:\n")
        .append("                'token.actions.githubusercontent.com:aud': sts.amazonaws.com\n")
        .append("              StringLike:\n")
        .append("                'token.actions.githubusercontent.com:sub': '")
        .append(subjectPattern)
        .append("'\n")
        .append("      Policies:\n")
        .append("        - PolicyName: ")
        .append(roleName)
        .append("Ecr\n")
        .append("          PolicyDocument:\n")
        .append("            Version: '2012-10-17'\n")
        .append("            Statement:\n")
        .append("              - Effect: Allow\n")
        .append("                Action: 'ecr:GetAuthorizationToken'\n")
        .append("                Resource: '*'\n")
        .append("              - Effect: Allow\n")
        .append("                Action:\n");
    for (String action : actions) {
      yaml.append("                  - '").append(action).append("'\n");
    }
    yaml.append("                Resource: '").append(repositoryArn).append("'\n\n");
    return yaml.toString();
  }

  /** The ARN of repository {@code name} in the emulator's account and region. */
  public static String repositoryArn(String name) {
    return "arn:aws:ecr:" + Emulators.REGION + ":" + Emulators.ACCOUNT + ":repository/" + name;
  }

  /**
   * The stack {@value #NAME} of {@code template} with {@code GitHubOrg=acme}, named IAM allowed.
   */
  public static StackRequest request(String template) {
    return StackRequest.of(
        NAME, template, Map.of("GitHubOrg", ORGANISATION), Set.of("CAPABILITY_NAMED_IAM"));
  }

  /** Deploys {@code template} with {@code GitHubOrg=acme}; fails the test unless it is created. */
  public static StackResult deploy(AwsClients clients, String template) {
    StackResult result =
        new ChangeSetProvisioner(clients).apply(request(template), ProvisionListener.silent());
    assertThat(result.status()).as(result.failure().toString()).isEqualTo("CREATE_COMPLETE");
    return result;
  }
}
