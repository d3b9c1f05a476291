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
final class AwsCli {
  static final Path AWS = Path.of("/usr/bin/aws");

  record Result(int exitCode, String stdout, String stderr) {}

  private AwsCli() {}

  static boolean available() {
    return Files.isExecutable(AWS);
  }

  static Result run(String accessKey, String secretKey, String... args) {
    List<String> command = new ArrayList<>();
    command.add(AWS.toString());
    command.add("--endpoint-url");
    command.add(Clients.endpoint().toString());
    command.add("--output");
    command.add("json");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
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

  static Result root(String... args) {
    return run("test", "test", args);
  }
}
