package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.process.ProcessOutcome;
import dev.rehearsal.runner.process.ProcessRunner;
import dev.rehearsal.runner.process.ProcessSpec;
import dev.rehearsal.runner.shell.Shell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The docker CLI as amazon-ecr-login runs it with @actions/exec, {@code silent}: its output kept,
 * not printed; run with the step's environment, so that {@code DOCKER_CONFIG} (the job's) and
 * {@code DOCKER_HOST} apply, and the same {@code docker} a {@code run:} step would find on {@code
 * PATH}.
 */
final class DockerCli {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  /** A docker command's exit code and what it wrote. */
  record Result(int exitCode, String stdout, String stderr) {}

  private final Map<String, String> environment;
  private final Path directory;

  DockerCli(Map<String, String> environment, Path directory) {
    this.environment = environment;
    this.directory = directory;
  }

  /**
   * {@code docker login --username USER --password-stdin ENDPOINT}. The action passes {@code -p
   * PASSWORD}; on stdin the password never shows in the machine's process list, and docker logs the
   * user in the same way.
   */
  Result login(String username, String password, String endpoint) {
    return run(List.of("login", "--username", username, "--password-stdin", endpoint), password);
  }

  Result logout(String registry) {
    return run(List.of("logout", registry), null);
  }

  private Result run(List<String> arguments, String stdin) {
    Path docker =
        Shell.which("docker", environment.getOrDefault("PATH", ""))
            .orElseThrow(
                () ->
                    new ActionFailedException(
                        "Unable to locate executable file: docker. Please verify either the file"
                            + " path exists or the file can be found within a directory specified"
                            + " by the PATH environment variable."));
    List<String> command = new ArrayList<>();
    command.add(docker.toString());
    command.addAll(arguments);
    ProcessSpec spec = ProcessSpec.of(command, directory, environment);
    if (stdin != null) {
      spec = spec.withStdin(stdin);
    }
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    ProcessOutcome outcome =
        ProcessRunner.run(
            spec,
            line -> out.append(line).append('\n'),
            line -> err.append(line).append('\n'),
            Optional.of(TIMEOUT),
            new Cancellation());
    return new Result(outcome.exitCode(), out.toString(), err.toString());
  }
}
