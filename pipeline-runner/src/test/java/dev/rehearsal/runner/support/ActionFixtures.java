package dev.rehearsal.runner.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.runner.shell.Shell;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The actions written for the tests ({@code src/test/resources/actions}), copied where a test lays
 * them out, and their npm dependencies installed there with {@code npm ci} from their committed
 * lock file. A test that needs {@code node} or {@code npm} is skipped, saying so, where they are
 * missing or the npm registry cannot be reached.
 */
public final class ActionFixtures {
  private ActionFixtures() {}

  /** Copies the fixture {@code name} into {@code target} (created), and returns {@code target}. */
  public static Path copy(String name, Path target) {
    Path source;
    try {
      source = Path.of(ActionFixtures.class.getResource("/actions/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** Skips the calling test when this machine has no {@code node}. */
  public static void assumeNode() {
    assumeTrue(
        Shell.which("node", System.getenv().getOrDefault("PATH", "")).isPresent(),
        "no `node` on PATH: JavaScript actions cannot run");
  }

  /** {@code npm ci} in {@code folder}; skips the calling test when it cannot be done. */
  public static void npmCi(Path folder) throws InterruptedException {
    assumeNode();
    assumeTrue(
        Shell.which("npm", System.getenv().getOrDefault("PATH", "")).isPresent(),
        "no `npm` on PATH: the test action's @actions/core cannot be installed");
    String output;
    int exit;
    try {
      Process npm =
          new ProcessBuilder(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"))
              .directory(folder.toFile())
              .redirectErrorStream(true)
              .start();
      npm.getOutputStream().close();
      try (InputStream out = npm.getInputStream()) {
        output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!npm.waitFor(5, TimeUnit.MINUTES)) {
        npm.destroyForcibly();
        exit = -1;
      } else {
        exit = npm.exitValue();
      }
    } catch (IOException e) {
      output = e.toString();
      exit = -1;
    }
    assumeTrue(exit == 0, "npm ci failed (is the npm registry reachable?):\n" + output);
  }
}
