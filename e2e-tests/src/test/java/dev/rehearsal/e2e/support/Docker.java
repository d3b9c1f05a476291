package dev.rehearsal.e2e.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine's Docker engine, as the seed's {@code run:} step uses it. A test that needs it is
 * skipped, saying why, when {@code docker info} fails; {@code -Drehearsal.e2e.docker=off} makes the
 * suite behave as on a machine without one.
 */
public final class Docker {
  private static final String SWITCH = "rehearsal.e2e.docker";
  private static Boolean answers;

  private Docker() {}

  /** Whether {@code docker info} succeeds (asked once per JVM). */
  public static synchronized boolean answers() {
    if (answers == null) {
      answers = !"off".equals(System.getProperty(SWITCH)) && run("info").exitCode() == 0;
    }
    return answers;
  }

  /** Skips the calling test when no Docker engine answers. */
  public static void assumeEngine() {
    assumeTrue(
        answers(),
        "no Docker engine answers `docker info` (or -D"
            + SWITCH
            + "=off): the seed's build-and-push step needs one");
  }

  /**
   * Whether {@code image} is in the engine, pulled first when it is not; {@link Optional#empty()}
   * when it is, else why not (the last line {@code docker pull} printed).
   */
  public static Optional<String> obtain(String image) {
    if (run("image", "inspect", image).exitCode() == 0) {
      return Optional.empty();
    }
    Result pull = run("pull", image);
    if (pull.exitCode() == 0) {
      return Optional.empty();
    }
    List<String> lines = pull.output().strip().lines().toList();
    return Optional.of(lines.isEmpty() ? "docker pull failed" : lines.get(lines.size() - 1));
  }

  /**
   * Removes the images named for {@code registry} ({@code 127.0.0.1:PORT}): the engine is shared.
   * Each by its name ({@code NAME:TAG}, or {@code NAME@DIGEST} once another build took the tag),
   * never by its id, which other names — other tests' — may share.
   */
  public static void removeImagesOf(String registry) {
    if (!answers()) {
      return;
    }
    List<String> names =
        run("images", "--digests", "--format", "{{.Repository}} {{.Tag}} {{.Digest}}")
            .output()
            .lines()
            .map(line -> line.split(" "))
            .filter(image -> image.length == 3 && image[0].startsWith(registry + "/"))
            .map(Docker::reference)
            .flatMap(Optional::stream)
            .toList();
    if (!names.isEmpty()) {
      List<String> command = new ArrayList<>(List.of("rmi"));
      command.addAll(names);
      run(command.toArray(String[]::new));
    }
  }

  private static Optional<String> reference(String[] image) {
    if (!image[1].equals("<none>")) {
      return Optional.of(image[0] + ":" + image[1]);
    }
    return image[2].equals("<none>") ? Optional.empty() : Optional.of(image[0] + "@" + image[2]);
  }

  private record Result(int exitCode, String output) {}

  private static Result run(String... arguments) {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Result(-1, output);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
