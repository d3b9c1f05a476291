package dev.rehearsal.aws.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A command-line client nobody here wrote (docker, skopeo, crane), run with its output kept. */
public record Tool(Path executable, Map<String, String> environment) {
  public record Result(int exitCode, String stdout, String stderr) {
    public String all() {
      return stdout + stderr;
    }
  }

  /** The first {@code name} on PATH (or in {@code extraDirs}), if any. */
  public static Optional<Path> find(String name, String... extraDirs) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : (path + ":" + String.join(":", extraDirs)).split(":")) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public Result run(String stdin, String... args) {
    List<String> command = new java.util.ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      try (var in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      var stdout = new java.io.ByteArrayOutputStream();
      var stderr = new java.io.ByteArrayOutputStream();
      Thread errors =
          new Thread(
              () -> {
                try {
                  process.getErrorStream().transferTo(stderr);
                } catch (IOException ignored) {
                  // the process ended
                }
              });
      errors.start();
      process.getInputStream().transferTo(stdout);
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("did not finish in 180 s: " + command);
      }
      errors.join();
      return new Result(
          process.exitValue(),
          stdout.toString(StandardCharsets.UTF_8),
          stderr.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
