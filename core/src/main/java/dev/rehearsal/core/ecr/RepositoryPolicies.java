package dev.rehearsal.core.ecr;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.Statement;
import java.util.Objects;

/**
 * Repository policies as ECR's {@code SetRepositoryPolicy} takes them: a resource-based policy
 * ({@link PolicyKind#RESOURCE}: every statement names a {@code Principal}) of at most 10,240
 * characters (botocore shape {@code RepositoryPolicyText}) whose statements name no {@code
 * Resource}: the repository is implied, and ECR refuses a policy that names one
 * (awsdocs/amazon-ecr-user-guide#20, aws/aws-cdk#24314).
 *
 * <p>A refused policy gets ECR's answer, {@code InvalidParameterException}: {@value #INVALID}
 * (quoted in aws/aws-cdk#3583, aws/aws-cdk#24314, terraform-aws-modules/terraform-aws-ecr#19 and
 * moto's {@code moto/ecr/models.py}); IAM's own reason is kept as the exception's cause.
 */
public final class RepositoryPolicies {
  /** ECR's message for a policy it refuses. */
  public static final String INVALID =
      "Invalid parameter at 'PolicyText' failed to satisfy constraint: "
          + "'Invalid repository policy provided'";

  public static final int MAX_LENGTH = 10_240;

  private RepositoryPolicies() {}

  /**
   * The policy, parsed as a resource policy.
   *
   * @throws RehearsalException with {@code ECR_INVALID_PARAMETER}: {@value #INVALID}, or the length
   *     constraint for a text over {@value #MAX_LENGTH} characters
   */
  public static PolicyDocument parse(String text) {
    Objects.requireNonNull(text, "text");
    EcrParameters.requireLength("policyText", text, 0, MAX_LENGTH);
    PolicyDocument document;
    try {
      document = PolicyParser.parse(text, PolicyKind.RESOURCE);
    } catch (RehearsalException e) {
      throw new RehearsalException(AwsErrorCode.ECR_INVALID_PARAMETER, INVALID, e);
    }
    for (Statement statement : document.statements()) {
      if (statement.resource().isPresent()) {
        throw new RehearsalException(
            AwsErrorCode.ECR_INVALID_PARAMETER,
            INVALID,
            new IllegalArgumentException(
                "a repository policy names no Resource: the repository is implied"));
      }
    }
    return document;
  }
}
