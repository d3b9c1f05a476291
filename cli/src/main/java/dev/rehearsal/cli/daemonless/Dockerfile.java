package dev.rehearsal.cli.daemonless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a Dockerfile that can be built without running a container (Dockerfile reference,
 * docs.docker.com/reference/dockerfile): {@code FROM scratch}, {@code COPY} and {@code ADD} of
 * files from the build context, and the image's configuration ({@code ENV}, {@code LABEL}, {@code
 * WORKDIR}, {@code USER}, {@code EXPOSE}, {@code ENTRYPOINT}, {@code CMD}). Anything that needs a
 * container runtime or the network ({@code RUN}, another base image, {@code ADD} of a URL) is
 * refused with the line and why: the stand-in never pretends to have built what it did not.
 */
record Dockerfile(List<Instruction> instructions) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One instruction, its keyword upper-cased, its arguments as written, its line. */
  record Instruction(int line, String keyword, String arguments) {
    @Override
    public String toString() {
      return keyword + " " + arguments;
    }
  }

  /** Files put into the image: sources relative to the context, the destination as written. */
  record Copy(List<String> sources, String destination) {}

  static Dockerfile parse(String text) {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = 0;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (pending.isEmpty()) {
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        start = i + 1;
      } else if (line.strip().startsWith("#")) {
        continue; // a comment inside a continued instruction is dropped, as docker does
      }
      String stripped = line.stripTrailing();
      if (stripped.endsWith("\\")) {
        pending.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      pending.append(stripped);
      instructions.add(instruction(start, pending.toString().strip()));
      pending.setLength(0);
    }
    if (!pending.isEmpty()) {
      instructions.add(instruction(start, pending.toString().strip()));
    }
    Dockerfile dockerfile = new Dockerfile(List.copyOf(instructions));
    dockerfile.check();
    return dockerfile;
  }

  private static Instruction instruction(int line, String text) {
    int space = text.indexOf(' ');
    String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
    return new Instruction(line, keyword, space < 0 ? "" : text.substring(space + 1).strip());
  }

  private void check() {
    if (instructions.isEmpty()) {
      throw new UserError("the Dockerfile cannot be empty");
    }
    Instruction first = instructions.get(0);
    if (!first.keyword().equals("FROM")) {
      throw refused(first, "a Dockerfile must begin with FROM");
    }
    for (Instruction instruction : instructions) {
      switch (instruction.keyword()) {
        case "FROM" -> {
          if (instruction != first || !instruction.arguments().equals("scratch")) {
            throw refused(
                instruction,
                "only FROM scratch is built without a Docker engine: another base image would be"
                    + " pulled from its registry, which a rehearsal does not reach");
          }
        }
        case "COPY", "ADD" -> copy(instruction);
        case "ENV", "LABEL", "WORKDIR", "USER", "EXPOSE", "ENTRYPOINT", "CMD" -> {}
        case "RUN", "SHELL", "HEALTHCHECK", "ONBUILD", "STOPSIGNAL", "VOLUME", "ARG" ->
            throw refused(
                instruction,
                instruction.keyword().equals("RUN")
                    ? "RUN runs a command in a container, which needs a Docker engine"
                    : instruction.keyword() + " is not built by the daemonless stand-in");
        default -> throw refused(instruction, "unknown instruction " + instruction.keyword());
      }
    }
  }

  /** The files each {@code COPY} or {@code ADD} puts into the image, in order. */
  List<Copy> copies() {
    return instructions.stream()
        .filter(i -> i.keyword().equals("COPY") || i.keyword().equals("ADD"))
        .map(Dockerfile::copy)
        .toList();
  }

  private static Copy copy(Instruction instruction) {
    List<String> words = words(instruction);
    if (words.stream().anyMatch(w -> w.startsWith("--"))) {
      throw refused(instruction, "options of " + instruction.keyword() + " are not supported");
    }
    if (words.size() < 2) {
      throw refused(instruction, instruction.keyword() + " needs a source and a destination");
    }
    List<String> sources = words.subList(0, words.size() - 1);
    for (String source : sources) {
      if (source.contains("://")) {
        throw refused(instruction, "ADD of a URL needs the network, which a rehearsal lacks");
      }
      if (source.matches(".*[*?\\[].*")) {
        throw refused(instruction, "wildcards in sources are not supported: name the files");
      }
    }
    return new Copy(List.copyOf(sources), words.get(words.size() - 1));
  }

  Map<String, String> environment() {
    return pairs("ENV");
  }

  Map<String, String> labels() {
    return pairs("LABEL");
  }

  Optional<String> workingDirectory() {
    return last("WORKDIR").map(Instruction::arguments);
  }

  Optional<String> user() {
    return last("USER").map(Instruction::arguments);
  }

  List<String> exposedPorts() {
    return instructions.stream()
        .filter(i -> i.keyword().equals("EXPOSE"))
        .flatMap(i -> words(i).stream())
        .toList();
  }

  Optional<List<String>> entrypoint() {
    return last("ENTRYPOINT").map(Dockerfile::command);
  }

  Optional<List<String>> cmd() {
    return last("CMD").map(Dockerfile::command);
  }

  private Optional<Instruction> last(String keyword) {
    Instruction found = null;
    for (Instruction instruction : instructions) {
      if (instruction.keyword().equals(keyword)) {
        found = instruction;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The exec form {@code ["a", "b"]}, or the shell form run by {@code /bin/sh -c}. */
  private static List<String> command(Instruction instruction) {
    String arguments = instruction.arguments();
    if (arguments.startsWith("[")) {
      try {
        JsonNode array = JSON.readTree(arguments);
        List<String> command = new ArrayList<>();
        array.forEach(element -> command.add(element.asText()));
        return command;
      } catch (IOException e) {
        // docker too runs a malformed exec form as a shell command
      }
    }
    return List.of("/bin/sh", "-c", arguments);
  }

  /** {@code KEY=VALUE ...} pairs, or the legacy {@code KEY VALUE} form of one pair. */
  private Map<String, String> pairs(String keyword) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (Instruction instruction : instructions) {
      if (!instruction.keyword().equals(keyword)) {
        continue;
      }
      List<String> words = words(instruction);
      if (!words.isEmpty() && !words.get(0).contains("=")) {
        String arguments = instruction.arguments();
        String key = words.get(0);
        pairs.put(key, unquote(arguments.substring(arguments.indexOf(key) + key.length()).strip()));
        continue;
      }
      for (String word : words) {
        int equals = word.indexOf('=');
        if (equals <= 0) {
          throw refused(instruction, "expected KEY=VALUE, got '" + word + "'");
        }
        pairs.put(word.substring(0, equals), word.substring(equals + 1));
      }
    }
    return pairs;
  }

  /** Words separated by blanks; double or single quotes keep blanks in a word and are removed. */
  private static List<String> words(Instruction instruction) {
    String arguments = instruction.arguments();
    if (arguments.startsWith("[") && instruction.keyword().matches("COPY|ADD")) {
      return command(instruction);
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (char c : arguments.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw refused(instruction, "a quote is not closed");
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static UserError refused(Instruction instruction, String why) {
    return new UserError("Dockerfile line " + instruction.line() + ": " + instruction + ": " + why);
  }
}
