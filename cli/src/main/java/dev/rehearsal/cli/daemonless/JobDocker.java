package dev.rehearsal.cli.daemonless;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code docker} a job's steps get: the Docker engine's when one answers, else rehearse's
 * daemonless stand-in, served by this process and put first on the job's {@code PATH}, so that the
 * seed's {@code docker build} and {@code docker push} still run on a machine without an engine.
 *
 * @param engine whether the job uses the Docker engine
 * @param reason why: the engine's version, or why there is none and the stand-in is used
 * @param environment what the job's environment needs for it (the stand-in's {@code PATH})
 * @param server the stand-in's server, to close when the job is done
 */
public record JobDocker(
    boolean engine, String reason, Map<String, String> environment, Optional<StandInServer> server)
    implements AutoCloseable {

  /** Which {@code docker} a job gets: {@code --docker auto|engine|daemonless}. */
  public enum Choice {
    auto,
    engine,
    daemonless
  }

  /**
   * What {@code probe} answers: the engine when one does; the stand-in otherwise — or, without a
   * probe, because {@code option} asked for it.
   */
  public static JobDocker choose(
      Optional<DockerEngine> probe, String option, Path folder, Optional<Path> archives) {
    if (probe.isPresent() && probe.get().answers()) {
      return new JobDocker(true, probe.get().reason(), Map.of(), Optional.empty());
    }
    String reason =
        probe.isEmpty()
            ? option + ": the Docker engine is not used even if one answers"
            : "no Docker engine: " + probe.get().reason();
    StandInServer server = StandInServer.start(folder.resolve("images"));
    Path bin =
        StandIn.install(
            folder.resolve("bin"), folder.resolve("images"), archives, Optional.of(server));
    String path = bin + File.pathSeparator + System.getenv().getOrDefault("PATH", "");
    return new JobDocker(false, reason, Map.of("PATH", path), Optional.of(server));
  }

  /** Probes the engine unless {@code choice} rules it out. */
  public static Optional<DockerEngine> probe(Choice choice) {
    return choice == Choice.daemonless
        ? Optional.empty()
        : Optional.of(DockerEngine.probe(System.getenv().getOrDefault("PATH", "")));
  }

  @Override
  public void close() {
    server.ifPresent(StandInServer::close);
  }
}
