package dev.rehearsal.cli.explain;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Emulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The aws-emulator's decision log in a data directory: {@code aws/decisions/decisions.jsonl} and
 * the older {@code decisions.1.jsonl} … it rotated to, read oldest first.
 */
public final class DecisionFiles {
  static final String NAME = "decisions";

  private final Path directory;

  public DecisionFiles(Path directory) {
    this.directory = directory;
  }

  public static DecisionFiles of(DataDirectory data) {
    return new DecisionFiles(data.emulatorHome(Emulator.AWS).resolve(NAME));
  }

  /** The file being written. */
  public Path current() {
    return directory.resolve(NAME + ".jsonl");
  }

  /** Every decision kept, oldest first. */
  public List<RecordedDecision> all() {
    List<Path> files = new ArrayList<>();
    for (int generation = 1; Files.exists(rotated(generation)); generation++) {
      files.add(0, rotated(generation));
    }
    files.add(current());
    List<RecordedDecision> decisions = new ArrayList<>();
    for (Path file : files) {
      if (!Files.exists(file)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          RecordedDecision.parse(line).ifPresent(decisions::add);
        }
      } catch (IOException e) {
        throw new UserError("cannot read the decision log " + file + ": " + e.getMessage(), e);
      }
    }
    return decisions;
  }

  private Path rotated(int generation) {
    return directory.resolve(NAME + "." + generation + ".jsonl");
  }
}
