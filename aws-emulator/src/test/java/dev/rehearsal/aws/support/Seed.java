package dev.rehearsal.aws.support;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;

/**
 * The seed article's stack (examples/seed/stack.yaml) with {@code GitHubOrg=acme}: GitHub's
 * provider, the role trusting {@code repo:acme/*}, and the inline ECR push policy. Created through
 * the IAM API; idempotent.
 */
public final class Seed {
  public static final String ROLE = "GithubOIDCIAMRole";
  public static final String ROLE_ARN = "arn:aws:iam::000000000000:role/" + ROLE;
  public static final String PROVIDER_ARN =
      "arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com";

  public static final String TRUST_POLICY =
      """
      {"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity",
        "Principal":{"Federated":["%s"]},
        "Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/*"}}}]}
      """
          .formatted(PROVIDER_ARN);

  public static final String PUSH_POLICY =
      """
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"},
        {"Effect":"Allow","Action":["ecr:GetDownloadUrlForLayer","ecr:BatchGetImage",
          "ecr:BatchCheckLayerAvailability"],
         "Resource":"arn:aws:ecr:us-east-1:000000000000:repository/*"},
        {"Effect":"Allow","Action":["ecr:CompleteLayerUpload","ecr:UploadLayerPart",
          "ecr:InitiateLayerUpload","ecr:PutImage"],
         "Resource":"arn:aws:ecr:us-east-1:000000000000:repository/*"}]}
      """;

  private Seed() {}

  public static void ensure(IamClient iam) {
    try {
      iam.createOpenIDConnectProvider(
          r ->
              r.url(TestIssuer.GITHUB)
                  .clientIDList("sts.amazonaws.com")
                  .thumbprintList("6938fd4d98bab03faadb97b34396831e3780aea1"));
    } catch (EntityAlreadyExistsException e) {
      // created by an earlier test in this run
    }
    try {
      iam.createRole(r -> r.roleName(ROLE).assumeRolePolicyDocument(TRUST_POLICY));
      iam.putRolePolicy(
          r -> r.roleName(ROLE).policyName("AllowPushImagesToECR").policyDocument(PUSH_POLICY));
    } catch (EntityAlreadyExistsException e) {
      // created by an earlier test in this run
    }
  }
}
