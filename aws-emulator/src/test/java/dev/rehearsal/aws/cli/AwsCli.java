package dev.rehearsal.aws.cli;

import dev.rehearsal.aws.support.Clients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the AWS CLI v2 ({@code /usr/bin/aws}: Debian's awscli; a v1 may come first on PATH) against
 * the emulator, isolated from the machine's AWS configuration.
 */
public final class AwsCli {
  public static final Path AWS = Path.of("/usr/bin/aws");

  public record Result(int exitCode, String stdout, String stderr) {}

  private AwsCli() {}

  public static boolean available() {
    return Files.isExecutable(AWS);
  }

  public static Result run(String accessKey, String secretKey, String... args) {
    return run(null, accessKey, secretKey, args);
  }

  /** As the root user, in {@code directory} (for commands that name files relatively). */
  public static Result rootIn(Path directory, String... args) {
    return run(directory, "test", "test", args);
  }

  private static Result run(Path directory, String accessKey, String secretKey, String... args) {
    List<String> command = new ArrayList<>();
    command.add(AWS.toString());
    command.add("--endpoint-url");
    command.add(Clients.endpoint().toString());
    command.add("--output");
    command.add("json");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    var env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    env.put("AWS_ACCESS_KEY_ID", accessKey);
    env.put("AWS_SECRET_ACCESS_KEY", secretKey);
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    env.put("AWS_PAGER", "");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      var stdout = process.getInputStream().readAllBytes();
      var stderr = process.getErrorStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("aws did not finish: " + command);
      }
      return new Result(
          process.exitValue(),
          new String(stdout, StandardCharsets.UTF_8),
          new String(stderr, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + AWS, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Result root(String... args) {
    return run("test", "test", args);
  }
}
