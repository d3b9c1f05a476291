package dev.rehearsal.core.ecr;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;

/**
 * ECR's refusals of a request parameter, in the form ECR sends them: {@code
 * InvalidParameterException} with {@code Invalid parameter at 'NAME' failed to satisfy constraint:
 * 'CONSTRAINT'}. The form is quoted from ECR answers reported in public issues: jenkins-x/jx#1344,
 * int128/create-ecr-repository-action#231 and boto/boto3#3191 (repositoryName, pattern),
 * prowler-cloud/prowler#603 and pulumi/pulumi-aws#2466 (imageDigest, pattern),
 * puemos/aws-lambda-ecr-cleaner#3 ({@code 'Member must have length greater than or equal to 1'}),
 * moto's {@code moto/ecr/models.py} (imageTagMutability, PolicyText).
 */
final class EcrParameters {
  private EcrParameters() {}

  static RehearsalException invalid(String parameter, String constraint) {
    return new RehearsalException(
        AwsErrorCode.ECR_INVALID_PARAMETER,
        "Invalid parameter at '"
            + parameter
            + "' failed to satisfy constraint: '"
            + constraint
            + "'");
  }

  static RehearsalException pattern(String parameter, String regularExpression) {
    return invalid(parameter, "must satisfy regular expression '" + regularExpression + "'");
  }

  /** Length in UTF-16 units, as botocore's min/max (and Java's String) count. */
  static void requireLength(String parameter, String value, int min, int max) {
    if (value.length() < min) {
      throw invalid(parameter, "Member must have length greater than or equal to " + min);
    }
    if (value.length() > max) {
      throw invalid(parameter, "Member must have length less than or equal to " + max);
    }
  }
}
