package dev.rehearsal.aws.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Map;

/**
 * Every registry refusal rendered in one place, in the spec's shape: {@code {"errors": [{"code":
 * "...", "message": "...", "detail": ...}]}} (OCI distribution spec, "Error Codes"). A refusal that
 * ECR's API and the registry share ({@link RegistryException}) carries its registry code; the ECR
 * errors that reach the registry otherwise are mapped as ECR's registry answers them.
 */
final class RegistryErrors {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Map<AwsErrorCode, RegistryErrorCode> BY_ECR_CODE =
      Map.of(
          AwsErrorCode.ECR_ACCESS_DENIED, RegistryErrorCode.DENIED,
          AwsErrorCode.ECR_REPOSITORY_NOT_FOUND, RegistryErrorCode.NAME_UNKNOWN,
          AwsErrorCode.ECR_UPLOAD_NOT_FOUND, RegistryErrorCode.BLOB_UPLOAD_UNKNOWN,
          AwsErrorCode.ECR_INVALID_LAYER_PART, RegistryErrorCode.RANGE_INVALID,
          AwsErrorCode.ECR_IMAGE_TAG_ALREADY_EXISTS, RegistryErrorCode.TAG_INVALID);

  private RegistryErrors() {}

  static RegistryErrorCode codeOf(RehearsalException e, RegistryErrorCode fallback) {
    if (e instanceof RegistryException registry) {
      return registry.registryCode();
    }
    return BY_ECR_CODE.getOrDefault(e.errorCode(), fallback);
  }

  static byte[] body(RegistryErrorCode code, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode error = root.putArray("errors").addObject();
    error.put("code", code.name());
    error.put("message", message);
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (java.io.IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
