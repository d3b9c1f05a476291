package dev.rehearsal.runner.action.node;

import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.shell.Shell;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code node} a JavaScript action runs with. GitHub's runner brings its own Node.js (node20
 * and node24; an action asking for node12 or node16 runs on node20, actions/runner's {@code
 * HandlerFactory}); a rehearsal runs the machine's, the nearest available, and says so when its
 * major version is not the one GitHub would use.
 */
public final class NodeRuntime {
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.\\d+\\.\\d+.*");

  private final Optional<Path> executable;
  private String version;

  private NodeRuntime(Optional<Path> executable) {
    this.executable = executable;
  }

  /** The first {@code node} on {@code pathVariable} (this machine's {@code PATH}), if any. */
  public static NodeRuntime onPath(String pathVariable) {
    return new NodeRuntime(Shell.which("node", pathVariable));
  }

  /** The first {@code node} on this JVM's {@code PATH}. */
  public static NodeRuntime machine() {
    return onPath(System.getenv().getOrDefault("PATH", ""));
  }

  /**
   * @throws ActionFailedException when this machine has no {@code node}
   */
  public Path executable() {
    return executable.orElseThrow(
        () ->
            new ActionFailedException(
                "A JavaScript action needs Node.js, and no `node` is on this machine's PATH:"
                    + " install Node.js 20 or 24 to run it from its code"));
  }

  /** {@code node --version}, e.g. {@code v20.11.1}; asked once. */
  public synchronized String version() {
    if (version == null) {
      version = ask(executable());
    }
    return version;
  }

  /**
   * The major version GitHub's runner runs an action with, for its {@code runs.using}: node20 for
   * node12, node16 and node20, node24 for node24.
   */
  static int githubMajor(String using) {
    return using.equals("node24") ? 24 : 20;
  }

  /**
   * The warning for an action whose {@code using} GitHub would run with another major version than
   * this machine's, if it would.
   */
  Optional<String> mismatch(String using) {
    int github = githubMajor(using);
    Matcher matcher = VERSION.matcher(version());
    if (matcher.matches() && Integer.parseInt(matcher.group(1)) == github) {
      return Optional.empty();
    }
    String asked =
        using.equals("node" + github) ? using : using + ", which GitHub runs with node" + github;
    return Optional.of(
        "The action asks for "
            + asked
            + "; this machine's node "
            + version()
            + " runs it instead, the nearest available.");
  }

  private static String ask(Path node) {
    try {
      Process process =
          new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output;
      try (InputStream out = process.getInputStream()) {
        output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new ActionFailedException(node + " --version failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new ActionFailedException("cannot run " + node + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ActionFailedException("interrupted while asking " + node + " its version", e);
    }
  }
}
