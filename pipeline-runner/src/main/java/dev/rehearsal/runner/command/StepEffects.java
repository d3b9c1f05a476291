package dev.rehearsal.runner.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one step asked the runner to change, through workflow commands, runner files or a native
 * action: environment variables for the steps after it, its outputs, its action's state, paths to
 * prepend to {@code PATH}, its summary, and whether a command failed the step (the runner's {@code
 * CommandResult = Failed}). Filled from the output threads and read by the job once the step ends.
 */
public final class StepEffects {
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final Map<String, String> outputs = new LinkedHashMap<>();
  private final Map<String, String> state = new LinkedHashMap<>();
  private final List<String> paths = new ArrayList<>();
  private final StringBuilder summary = new StringBuilder();
  private boolean failed;

  public synchronized void exportVariable(String name, String value) {
    environment.put(name, value);
  }

  public synchronized void setOutput(String name, String value) {
    outputs.put(name, value);
  }

  public synchronized void saveState(String name, String value) {
    state.put(name, value);
  }

  /** As the runner's {@code PrependPath}: a path added again moves to the front. */
  public synchronized void addPath(String path) {
    paths.remove(path);
    paths.add(path);
  }

  public synchronized void appendSummary(String markdown) {
    summary.append(markdown);
  }

  public synchronized void fail() {
    failed = true;
  }

  public synchronized Map<String, String> environment() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(environment));
  }

  public synchronized Map<String, String> outputs() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  public synchronized Map<String, String> state() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(state));
  }

  /** Paths in the order they were added; the last one added comes first in {@code PATH}. */
  public synchronized List<String> paths() {
    return List.copyOf(paths);
  }

  public synchronized String summary() {
    return summary.toString();
  }

  public synchronized boolean failed() {
    return failed;
  }
}
