package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.UUID;

/**
 * A resource's failure reason as CloudFormation's registry handlers word it: {@code Resource
 * handler returned message: "… (Service: Iam, Status Code: 400, Request ID: …)" (RequestToken: …,
 * HandlerErrorCode: InvalidRequest)} (User Guide, "Troubleshooting CloudFormation"; handler error
 * codes from the CloudFormation CLI's {@code HandlerErrorCode}).
 */
final class HandlerMessages {
  private HandlerMessages() {}

  static String of(String type, RehearsalException failure) {
    AwsErrorCode code = failure.errorCode();
    return "Resource handler returned message: \""
        + failure.getMessage()
        + " (Service: "
        + service(type)
        + ", Status Code: "
        + code.httpStatus()
        + ", Request ID: "
        + UUID.randomUUID()
        + ")\" (RequestToken: "
        + UUID.randomUUID()
        + ", HandlerErrorCode: "
        + handlerErrorCode(code)
        + ")";
  }

  private static String service(String type) {
    return type.startsWith("AWS::ECR::") ? "Ecr" : "Iam";
  }

  private static String handlerErrorCode(AwsErrorCode code) {
    return switch (code) {
      case ENTITY_ALREADY_EXISTS, ECR_REPOSITORY_ALREADY_EXISTS -> "AlreadyExists";
      case NO_SUCH_ENTITY, ECR_REPOSITORY_NOT_FOUND -> "NotFound";
      case ACCESS_DENIED, ECR_ACCESS_DENIED -> "AccessDenied";
      case LIMIT_EXCEEDED, ECR_LIMIT_EXCEEDED -> "ServiceLimitExceeded";
      case DELETE_CONFLICT, ECR_REPOSITORY_NOT_EMPTY -> "ResourceConflict";
      case SERVICE_FAILURE, ECR_SERVER -> "ServiceInternalError";
      default -> "InvalidRequest";
    };
  }
}
