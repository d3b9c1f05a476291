package dev.rehearsal.cli.world;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that touches a world shares (a picocli mixin). */
public final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory of the world: keys, CA, IAM state, logs"
              + " (default: $REHEARSAL_DATA or ~/.rehearsal)")
  Optional<Path> data = Optional.empty();

  public DataDirectory directory() {
    return DataDirectory.resolve(data);
  }
}
