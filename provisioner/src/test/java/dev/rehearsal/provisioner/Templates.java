package dev.rehearsal.provisioner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seed's stack (examples/seed/stack.yaml, copied) and the variants the tests apply, each made
 * from it by a visible text change.
 */
public final class Templates {
  public static final String STACK = "github-oidc";
  public static final String ROLE = "GithubOIDCIAMRole";
  public static final String REPOSITORY = "acme/app";
  public static final String GITHUB = "https://token.actions.githubusercontent.com";

  private static final String REPOSITORY_RESOURCE =
      """
        Repository:
          Type: 'AWS::ECR::Repository'
          Properties:
            RepositoryName: acme/app
            ImageTagMutability: IMMUTABLE
            ImageScanningConfiguration:
              ScanOnPush: true
            Tags:
              - Key: team
                Value: platform

      """;

  /**
   * A role IAM refuses at its last step: the managed policy it attaches does not exist (IAM's
   * {@code NoSuchEntity}), which core cannot know; it comes last, after the seed's policy.
   */
  private static final String BROKEN_ROLE =
      """
        Broken:
          Type: 'AWS::IAM::Role'
          DependsOn: Policy
          Properties:
            RoleName: BrokenRole
            AssumeRolePolicyDocument:
              Version: '2012-10-17'
              Statement:
                - Effect: Allow
                  Principal: {Service: ec2.amazonaws.com}
                  Action: 'sts:AssumeRole'
            ManagedPolicyArns:
              - arn:aws:iam::aws:policy/NoSuchPolicyForRehearsal

      """;

  private Templates() {}

  /** The seed's template as the article gives it. */
  public static String seed() {
    try (InputStream in = Templates.class.getResourceAsStream("/templates/seed-stack.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's template with an ECR repository for the role to push to. */
  public static String seedWithRepository() {
    return insertResource(seed(), REPOSITORY_RESOURCE);
  }

  /** {@code template} with a last resource that fails when it is made. */
  public static String withBrokenRole(String template) {
    return insertResource(template, BROKEN_ROLE);
  }

  /** {@code template} with {@code resource} (YAML indented as a resource) added last. */
  public static String insertResource(String template, String resource) {
    int outputs = template.indexOf("\nOutputs:");
    return template.substring(0, outputs + 1) + resource + template.substring(outputs + 1);
  }

  /** The trust policy's {@code sub} narrowed from the whole organisation to one branch. */
  public static String narrowedSub(String template) {
    return replaced(template, "repo:${GitHubOrg}/*", "repo:${GitHubOrg}/app:ref:refs/heads/main");
  }

  /**
   * The role's trust policy with {@code Version: '2012-10-17'}, which the seed's leaves out (IAM
   * then reads it as 2008-10-17).
   */
  public static String versionedTrust(String template) {
    return replaced(
        template,
        "      AssumeRolePolicyDocument:\n        Statement:",
        "      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:");
  }

  /** The role under another name and path: a replacement. */
  public static String renamedRole(String template) {
    return replaced(
        template, "RoleName: GithubOIDCIAMRole", "RoleName: GithubOIDCIAMRoleV2\n      Path: /ci/");
  }

  public static String replaced(String template, String from, String to) {
    if (!template.contains(from)) {
      throw new IllegalArgumentException("the template has no '" + from + "'");
    }
    return template.replace(from, to);
  }
}
