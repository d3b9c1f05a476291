package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reading resolved properties as the APIs take them. */
final class Documents {
  private Documents() {}

  /**
   * A policy document property as the JSON text IAM and ECR take: CloudFormation accepts the
   * document as an object or as a JSON string.
   */
  static String policy(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    return node.isTextual() ? node.asText() : node.toString();
  }

  static String text(JsonNode properties, String name) {
    JsonNode node = properties.get(name);
    return node == null || node.isNull() ? null : node.asText();
  }

  static List<String> texts(JsonNode properties, String name) {
    List<String> values = new ArrayList<>();
    properties.path(name).forEach(item -> values.add(item.asText()));
    return values;
  }

  /** Runs a delete; a resource already gone is deleted, as CloudFormation treats it. */
  static void ignoringMissing(Runnable delete, AwsErrorCode missing) {
    try {
      delete.run();
    } catch (RehearsalException e) {
      if (e.errorCode() != missing) {
        throw e;
      }
    }
  }

  /** Whether {@code read} finds what it reads, rather than failing with {@code missing}. */
  static boolean found(Supplier<?> read, AwsErrorCode missing) {
    return orNull(read, missing) != null;
  }

  static <T> T orNull(Supplier<T> read, AwsErrorCode missing) {
    try {
      return read.get();
    } catch (RehearsalException e) {
      if (e.errorCode() != missing) {
        throw e;
      }
      return null;
    }
  }
}
