package dev.rehearsal.core.error;

/**
 * The AWS error codes this project answers with, each with the HTTP status AWS sends it with.
 *
 * <p>Codes and statuses come from the botocore service models ({@code iam/2010-05-08}, {@code
 * sts/2011-06-15}, {@code ecr/2015-09-21}, {@code cloudformation/2010-05-15}) and from observed AWS
 * behaviour recorded in {@code docs/facts.md}.
 */
public enum AwsErrorCode {
  // Common to the query protocol services (IAM, STS, CloudFormation).
  VALIDATION_ERROR("ValidationError", 400),
  MISSING_PARAMETER("MissingParameter", 400),
  INVALID_ACTION("InvalidAction", 400),
  INVALID_PARAMETER_VALUE("InvalidParameterValue", 400),
  MALFORMED_QUERY_STRING("MalformedQueryString", 404),
  // What AWS's front end refuses before a service reads the request.
  REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLarge", 413),
  NOT_FOUND("NotFound", 404),
  // Signatures and credentials.
  INVALID_CLIENT_TOKEN_ID("InvalidClientTokenId", 403),
  SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 403),
  INCOMPLETE_SIGNATURE("IncompleteSignature", 400),
  MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationToken", 403),
  REQUEST_EXPIRED("RequestExpired", 400),
  EXPIRED_TOKEN("ExpiredToken", 400),
  // IAM.
  MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", 400),
  NO_SUCH_ENTITY("NoSuchEntity", 404),
  ENTITY_ALREADY_EXISTS("EntityAlreadyExists", 409),
  DELETE_CONFLICT("DeleteConflict", 409),
  LIMIT_EXCEEDED("LimitExceeded", 409),
  INVALID_INPUT("InvalidInput", 400),
  SERVICE_FAILURE("ServiceFailure", 500),
  // STS web identity (facts.md: "IAM OIDC provider and STS AssumeRoleWithWebIdentity").
  INVALID_IDENTITY_TOKEN("InvalidIdentityToken", 400),
  EXPIRED_TOKEN_EXCEPTION("ExpiredTokenException", 400),
  ACCESS_DENIED("AccessDenied", 403),
  IDP_REJECTED_CLAIM("IDPRejectedClaim", 403),
  IDP_COMMUNICATION_ERROR("IDPCommunicationError", 400),
  PACKED_POLICY_TOO_LARGE("PackedPolicyTooLarge", 400),
  REGION_DISABLED("RegionDisabledException", 403),
  // ECR (JSON 1.1 protocol; botocore ecr/2015-09-21). The model gives no status: AWS's JSON
  // services answer a client error with 400 and their ServerException with 500.
  ECR_ACCESS_DENIED("AccessDeniedException", 400),
  ECR_UNRECOGNIZED_CLIENT("UnrecognizedClientException", 400),
  ECR_UNKNOWN_OPERATION("UnknownOperationException", 400),
  ECR_SERIALIZATION("SerializationException", 400),
  ECR_VALIDATION("ValidationException", 400),
  ECR_INVALID_PARAMETER("InvalidParameterException", 400),
  ECR_INVALID_TAG_PARAMETER("InvalidTagParameterException", 400),
  ECR_TOO_MANY_TAGS("TooManyTagsException", 400),
  ECR_LIMIT_EXCEEDED("LimitExceededException", 400),
  ECR_REPOSITORY_NOT_FOUND("RepositoryNotFoundException", 400),
  ECR_REPOSITORY_ALREADY_EXISTS("RepositoryAlreadyExistsException", 400),
  ECR_REPOSITORY_NOT_EMPTY("RepositoryNotEmptyException", 400),
  ECR_REPOSITORY_POLICY_NOT_FOUND("RepositoryPolicyNotFoundException", 400),
  ECR_IMAGE_NOT_FOUND("ImageNotFoundException", 400),
  ECR_IMAGE_ALREADY_EXISTS("ImageAlreadyExistsException", 400),
  ECR_IMAGE_TAG_ALREADY_EXISTS("ImageTagAlreadyExistsException", 400),
  ECR_IMAGE_DIGEST_DOES_NOT_MATCH("ImageDigestDoesNotMatchException", 400),
  ECR_LAYERS_NOT_FOUND("LayersNotFoundException", 400),
  ECR_LAYER_ALREADY_EXISTS("LayerAlreadyExistsException", 400),
  ECR_LAYER_INACCESSIBLE("LayerInaccessibleException", 400),
  ECR_INVALID_LAYER("InvalidLayerException", 400),
  ECR_INVALID_LAYER_PART("InvalidLayerPartException", 400),
  ECR_EMPTY_UPLOAD("EmptyUploadException", 400),
  ECR_UPLOAD_NOT_FOUND("UploadNotFoundException", 400),
  ECR_UNSUPPORTED_IMAGE_TYPE("UnsupportedImageTypeException", 400),
  ECR_REFERENCED_IMAGES_NOT_FOUND("ReferencedImagesNotFoundException", 400),
  ECR_SERVER("ServerException", 500),

  // CloudFormation (botocore cloudformation/2010-05-15 error shapes).
  CFN_ALREADY_EXISTS("AlreadyExistsException", 400),
  CFN_INSUFFICIENT_CAPABILITIES("InsufficientCapabilitiesException", 400),
  CFN_CHANGE_SET_NOT_FOUND("ChangeSetNotFound", 404),
  CFN_INVALID_CHANGE_SET_STATUS("InvalidChangeSetStatus", 400),
  CFN_LIMIT_EXCEEDED("LimitExceededException", 400);

  private final String code;
  private final int httpStatus;

  AwsErrorCode(String code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** The code as AWS writes it on the wire, e.g. {@code MalformedPolicyDocument}. */
  public String code() {
    return code;
  }

  /** The HTTP status AWS answers this error with. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Whether AWS reports this error as the caller's fault ({@code Sender}) or its own. */
  public boolean senderFault() {
    return httpStatus < 500;
  }
}
