package dev.rehearsal.aws.cloudformation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rehearsal.core.storage.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The stacks, one file each in {@code DATA/cloudformation/stacks/} named by the stack id's unique
 * part, written atomically after every change so that a crash leaves the last step taken. Deleted
 * stacks stay, as CloudFormation keeps them visible by id ({@code DELETE_COMPLETE}).
 */
public final class StackStore {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final Path directory;
  private final Map<String, Stack> stacks = new ConcurrentHashMap<>();

  public StackStore(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          Stack stack = MAPPER.readValue(file.toFile(), Stack.class);
          stacks.put(stack.stackId, stack);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stacks in " + directory, e);
    }
  }

  /** Writes {@code stack} as it is now; the caller holds its monitor. */
  void save(Stack stack) {
    stacks.put(stack.stackId, stack);
    try {
      AtomicFiles.write(
          directory.resolve(fileName(stack.stackId)),
          MAPPER.writeValueAsBytes(stack),
          AtomicFiles.OWNER_ONLY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write stack " + stack.stackName, e);
    }
  }

  /**
   * The stack a name or id names: by id, any stack, deleted ones included; by name, the live one
   * (CloudFormation API Reference, {@code DescribeStacks} "StackName").
   */
  Optional<Stack> find(String nameOrId) {
    Stack byId = stacks.get(nameOrId);
    if (byId != null) {
      return Optional.of(byId);
    }
    return stacks.values().stream()
        .filter(s -> s.stackName.equals(nameOrId) && !s.deleted())
        .findFirst();
  }

  /** Every stack, oldest first. */
  List<Stack> all() {
    List<Stack> all = new ArrayList<>(stacks.values());
    all.sort(Comparator.comparing((Stack s) -> s.creationTime).thenComparing(s -> s.stackId));
    return all;
  }

  private static String fileName(String stackId) {
    return stackId.substring(stackId.lastIndexOf('/') + 1) + ".json";
  }
}
