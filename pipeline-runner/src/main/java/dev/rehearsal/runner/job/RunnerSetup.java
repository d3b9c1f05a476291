package dev.rehearsal.runner.job;

import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.token.OidcEmulatorAdmin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how a job runs: its work folder, the environment its processes start from, the native
 * actions it may use, the oidc-emulator that issues its tokens (none: no step can get one), the CA
 * file to trust for it ({@code NODE_EXTRA_CA_CERTS}), whether step debug logging is on, where the
 * log goes, and the job's cancel switch.
 */
public record RunnerSetup(
    Path work,
    Map<String, String> baseEnvironment,
    ActionCatalog actions,
    Optional<OidcEmulatorAdmin> tokens,
    Optional<Path> caFile,
    boolean debug,
    PrintWriter out,
    Cancellation cancellation) {
  public RunnerSetup {
    Objects.requireNonNull(work, "work");
    baseEnvironment = Collections.unmodifiableMap(new LinkedHashMap<>(baseEnvironment));
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(caFile, "caFile");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(cancellation, "cancellation");
  }

  /**
   * This machine's environment without what would make a rehearsal use real services or confuse it
   * with a real run: every {@code AWS_*}, {@code GITHUB_*}, {@code ACTIONS_*}, {@code RUNNER_*} and
   * {@code DOCKER_CONFIG} variable is left out.
   */
  public static Map<String, String> hostEnvironment(Map<String, String> host) {
    Map<String, String> kept = new LinkedHashMap<>();
    host.forEach(
        (name, value) -> {
          boolean dropped =
              name.startsWith("AWS_")
                  || name.startsWith("GITHUB_")
                  || name.startsWith("ACTIONS_")
                  || name.startsWith("RUNNER_")
                  || name.equals("DOCKER_CONFIG");
          if (!dropped) {
            kept.put(name, value);
          }
        });
    return kept;
  }
}
