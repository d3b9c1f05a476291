package dev.rehearsal.core.policy;

/**
 * The two policies of the seed stack (examples/seed/stack.yaml), translated to JSON by hand with
 * GitHubOrg=acme, account 123456789012 and region us-east-1. {@code !Ref GithubOidc} on an {@code
 * AWS::IAM::OIDCProvider} is the provider's ARN.
 */
public final class SeedPolicies {
  /** The role's AssumeRolePolicyDocument: no Version, as in the template. */
  public static final String TRUST_POLICY =
      """
      {
        "Statement": [
          {
            "Effect": "Allow",
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Principal": {
              "Federated": [
                "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
              ]
            },
            "Condition": {
              "StringLike": {
                "token.actions.githubusercontent.com:sub": "repo:acme/*"
              }
            }
          }
        ]
      }
      """;

  /** The AllowPushImagesToECR policy attached to the role. */
  public static final String PERMISSION_POLICY =
      """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": "ecr:GetAuthorizationToken",
            "Resource": "*"
          },
          {
            "Effect": "Allow",
            "Action": [
              "ecr:GetDownloadUrlForLayer",
              "ecr:BatchGetImage",
              "ecr:BatchCheckLayerAvailability"
            ],
            "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/*"
          },
          {
            "Effect": "Allow",
            "Action": [
              "ecr:CompleteLayerUpload",
              "ecr:UploadLayerPart",
              "ecr:InitiateLayerUpload",
              "ecr:PutImage"
            ],
            "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/*"
          }
        ]
      }
      """;

  private SeedPolicies() {}
}
