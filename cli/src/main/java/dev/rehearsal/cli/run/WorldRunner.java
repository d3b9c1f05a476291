package dev.rehearsal.cli.run;

import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Emulator;
import dev.rehearsal.cli.world.World;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.action.node.NodeRuntime;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.token.OidcEmulatorAdmin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A runner wired to a running world, as {@code rehearse run} and {@code rehearse demo} use it: this
 * machine's environment less what would reach real services, AWS calls to the world's aws-emulator,
 * job tokens from its oidc-emulator, whose CA the job trusts.
 */
public final class WorldRunner {
  private WorldRunner() {}

  /**
   * @param folder the runner's work folder
   * @param workspace what {@code actions/checkout} checks out
   * @param actions actions' code on disk, run instead of the native ones ({@code --actions DIR})
   * @param environment variables added to the job's starting environment (e.g. a {@code PATH})
   */
  public static RunnerSetup setup(
      WorldRecord world,
      DataDirectory directory,
      Path folder,
      Path workspace,
      RetryBackoff backoff,
      Optional<Path> actions,
      Map<String, String> environment,
      PrintWriter log) {
    Map<String, String> base = new LinkedHashMap<>(RunnerSetup.hostEnvironment(System.getenv()));
    base.put("AWS_ENDPOINT_URL", world.aws().url());
    base.putAll(environment);
    return new RunnerSetup(
        folder,
        base,
        new ActionCatalog(Optional.of(workspace), backoff, actions, NodeRuntime.machine()),
        Optional.of(OidcEmulatorAdmin.fromDataDirectory(directory.emulatorHome(Emulator.OIDC))),
        Optional.of(World.caFile(directory)),
        false,
        log,
        new Cancellation());
  }
}
