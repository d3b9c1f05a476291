package dev.rehearsal.aws.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The decision log as {@code rehearse explain} reads it: {@code DATA/decisions/decisions.jsonl},
 * one JSON object per line. The log is written off the request's thread, so a record is awaited.
 */
public final class DecisionFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DecisionFile() {}

  /** The record of {@code requestId} in the emulator under test's log. */
  public static JsonNode await(String requestId) {
    return await(EmulatorResource.dataDir().resolve("data"), requestId);
  }

  /** The record of {@code requestId} in the log of data directory {@code data}. */
  public static JsonNode await(Path data, String requestId) {
    return await(data, record -> record.path("requestId").asText().equals(requestId));
  }

  /** The latest record of the emulator under test's log that {@code wanted} accepts. */
  public static JsonNode await(Predicate<JsonNode> wanted) {
    return await(EmulatorResource.dataDir().resolve("data"), wanted);
  }

  private static JsonNode await(Path data, Predicate<JsonNode> wanted) {
    for (int attempt = 0; attempt < 200; attempt++) {
      List<JsonNode> records = records(data);
      for (int i = records.size() - 1; i >= 0; i--) {
        if (wanted.test(records.get(i))) {
          return records.get(i);
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no such decision recorded in " + data);
  }

  /** Every record of the current file, oldest first. */
  public static List<JsonNode> records(Path data) {
    Path file = data.resolve("decisions").resolve("decisions.jsonl");
    List<JsonNode> records = new ArrayList<>();
    try {
      if (!Files.exists(file)) {
        return records;
      }
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          records.add(MAPPER.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The explanation's lines of {@code record}. */
  public static List<String> explanation(JsonNode record) {
    List<String> lines = new ArrayList<>();
    record.path("explanation").forEach(line -> lines.add(line.asText()));
    return lines;
  }
}
