package dev.rehearsal.aws.ecr;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Set;

/**
 * The checks AWS's front end makes of every JSON request against the model before the service sees
 * it, worded as AWS words them ({@code ValidationException}: "1 validation error detected: Value
 * null at 'repositoryName' failed to satisfy constraint: Member must not be null").
 */
final class Validation {
  private Validation() {}

  static <T> T required(T value, String member) {
    if (value == null) {
      throw new RehearsalException(
          AwsErrorCode.ECR_VALIDATION,
          "1 validation error detected: Value null at '"
              + member
              + "' failed to satisfy constraint: Member must not be null");
    }
    return value;
  }

  static String oneOf(String value, String member, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw new RehearsalException(
          AwsErrorCode.ECR_VALIDATION,
          "1 validation error detected: Value '"
              + value
              + "' at '"
              + member
              + "' failed to satisfy constraint: Member must satisfy enum value set: "
              + allowed.stream().sorted().toList());
    }
    return value;
  }

  static int maxResults(Integer value, int defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    if (value < 1 || value > 1000) {
      throw new RehearsalException(
          AwsErrorCode.ECR_VALIDATION,
          "1 validation error detected: Value '"
              + value
              + "' at 'maxResults' failed to satisfy constraint: Member must have value less"
              + " than or equal to 1000 and greater than or equal to 1");
    }
    return value;
  }
}
