package dev.rehearsal.runner.action.manifest;

import dev.rehearsal.runner.action.ActionMetadata;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An action's {@code action.yml} (or {@code action.yaml}) as actions/runner's {@code
 * ActionManifestManager} reads it: its name, what the runner needs of its inputs and stages, and
 * how it runs.
 */
public record ActionManifest(Path file, String name, ActionMetadata metadata, Runs runs) {
  public ActionManifest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(runs, "runs");
  }

  /** The action's folder: where its code is, {@code GITHUB_ACTION_PATH}. */
  public Path directory() {
    return file.getParent();
  }
}
