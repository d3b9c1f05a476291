package dev.rehearsal.cli.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of the aws-emulator's decision log (its README, "Decisions"): the fields {@code rehearse
 * explain} and {@code rehearse up} show, and the line itself for {@code --format json}.
 */
public record RecordedDecision(
    String requestId,
    String time,
    String service,
    String action,
    String caller,
    String outcome,
    String errorCode,
    String summary,
    List<String> explanation,
    String json) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public RecordedDecision {
    explanation = List.copyOf(explanation);
  }

  /** The decision of one line, or empty when the line is not one (a line cut by a crash). */
  public static Optional<RecordedDecision> parse(String line) {
    if (line.isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (node == null || !node.isObject() || !node.hasNonNull("requestId")) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    node.path("explanation").forEach(item -> lines.add(item.asText()));
    return Optional.of(
        new RecordedDecision(
            node.path("requestId").asText(),
            node.path("time").asText(),
            node.path("service").asText(),
            node.path("action").asText(),
            node.path("caller").asText(),
            node.path("outcome").asText(),
            node.hasNonNull("errorCode") ? node.get("errorCode").asText() : null,
            node.path("summary").asText(),
            lines,
            line.strip()));
  }
}
