package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rehearsal.core.cloudformation.resource.StackEnvironment;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pseudo parameters (User Guide, "Pseudo parameters reference"). {@code AWS::NoValue} removes
 * the property it is the value of; {@code AWS::NotificationARNs} is empty since this rehearsal
 * sends no notifications.
 */
final class PseudoParameters {
  static final String NO_VALUE = "AWS::NoValue";
  static final Set<String> NAMES =
      Set.of(
          "AWS::Region",
          "AWS::AccountId",
          "AWS::Partition",
          "AWS::StackName",
          "AWS::StackId",
          "AWS::URLSuffix",
          "AWS::NotificationARNs",
          NO_VALUE);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, JsonNode> values;

  PseudoParameters(StackEnvironment stack) {
    values =
        Map.of(
            "AWS::Region", NODES.textNode(stack.region()),
            "AWS::AccountId", NODES.textNode(stack.accountId()),
            "AWS::Partition", NODES.textNode(stack.partition()),
            "AWS::StackName", NODES.textNode(stack.stackName()),
            "AWS::StackId", NODES.textNode(stack.stackId()),
            "AWS::URLSuffix", NODES.textNode(stack.urlSuffix()),
            "AWS::NotificationARNs", NODES.arrayNode());
  }

  /** The value of a pseudo parameter; empty for {@code AWS::NoValue}. */
  Optional<JsonNode> value(String name) {
    return Optional.ofNullable(values.get(name));
  }
}
