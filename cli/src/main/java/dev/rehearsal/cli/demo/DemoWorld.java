package dev.rehearsal.cli.demo;

import dev.rehearsal.cli.Logging;
import dev.rehearsal.cli.daemonless.DockerEngine;
import dev.rehearsal.cli.daemonless.JobDocker;
import dev.rehearsal.cli.daemonless.JobDocker.Choice;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Installation;
import dev.rehearsal.cli.world.World;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.aws.AwsTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The demo's world: both emulators started in a data directory of its own, the AWS SDK's clients
 * for the aws-emulator (as {@code test}/{@code test}, its account's root), and how the workflow's
 * {@code docker} commands will run — the Docker engine, or the daemonless stand-in when none
 * answers (or {@code --daemonless} asks for it).
 */
final class DemoWorld implements AutoCloseable {
  private final Installation installation;
  private final DataDirectory data;
  private final World world;
  private final AwsClients aws;
  private final JobDocker docker;

  private DemoWorld(
      Installation installation,
      DataDirectory data,
      World world,
      AwsClients aws,
      JobDocker docker) {
    this.installation = installation;
    this.data = data;
    this.world = world;
    this.aws = aws;
    this.docker = docker;
  }

  /** Starts the world in {@code data}; asks {@code docker info} meanwhile. */
  static DemoWorld start(Installation installation, DataDirectory data, boolean daemonless) {
    Logging.quietSlf4j();
    CompletableFuture<Optional<DockerEngine>> probe =
        CompletableFuture.supplyAsync(
            () -> JobDocker.probe(daemonless ? Choice.daemonless : Choice.auto));
    World world = World.start(data, installation, 0, 0, new PrintWriter(Writer.nullWriter()));
    AwsClients aws =
        new AwsClients(AwsTarget.emulator(URI.create(world.record().aws().url()), Seed.REGION));
    JobDocker docker =
        JobDocker.choose(
            probe.join(),
            "--daemonless",
            data.root().resolve("daemonless"),
            Optional.of(installation.home().resolve("cli/target/cds")));
    return new DemoWorld(installation, data, world, aws, docker);
  }

  Installation installation() {
    return installation;
  }

  DataDirectory data() {
    return data;
  }

  WorldRecord record() {
    return world.record();
  }

  AwsClients aws() {
    return aws;
  }

  JobDocker docker() {
    return docker;
  }

  /** The registry's address, as ECR's proxy endpoint names it: {@code 127.0.0.1:PORT}. */
  String registry() {
    return URI.create(world.record().aws().url()).getAuthority();
  }

  String image() {
    return registry() + "/" + Seed.REPOSITORY + ":" + Seed.TAG;
  }

  Path folder(String name) {
    return data.root().resolve(name);
  }

  /**
   * Stops the world; with the Docker engine, removes the image the runs tagged for this world's
   * registry (its port dies with it), so that demos leave no images behind.
   */
  @Override
  public void close() {
    aws.close();
    world.close();
    docker.close();
    if (docker.engine()) {
      try {
        new ProcessBuilder("docker", "image", "rm", "--force", image())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor();
      } catch (IOException e) {
        // an image left behind is no failure of the demo
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
