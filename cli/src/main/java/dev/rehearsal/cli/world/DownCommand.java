package dev.rehearsal.cli.world;

import dev.rehearsal.cli.Rehearse;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rehearse down}: asks the {@code up} of a data directory to stop (SIGTERM: its shutdown
 * hook stops both emulators cleanly), and stops the emulators directly should that CLI be gone.
 */
@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description = "Stop the world that 'rehearse up' runs on a data directory.",
    footer = {"", "Example:", "  rehearse down --data /tmp/rehearsal"})
public final class DownCommand implements Callable<Integer> {
  private static final Duration GRACE = Duration.ofSeconds(15);

  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DataDirectory directory = data.directory();
    Optional<WorldRecord> world = WorldRecord.read(directory);
    if (world.isEmpty() || !anyAlive(world.get())) {
      out.println("nothing is running on " + directory.root());
      return Rehearse.OK;
    }
    WorldRecord record = world.get();
    for (long pid : new long[] {record.pid(), record.aws().pid(), record.oidc().pid()}) {
      ours(pid, directory).ifPresent(ProcessHandle::destroy);
    }
    Instant deadline = Instant.now().plus(GRACE);
    while (anyAlive(record) && Instant.now().isBefore(deadline)) {
      pause();
    }
    if (anyAlive(record)) {
      for (long pid : new long[] {record.aws().pid(), record.oidc().pid(), record.pid()}) {
        ours(pid, directory).ifPresent(ProcessHandle::destroyForcibly);
      }
      out.println(
          "stopped (forcibly, after " + GRACE.toSeconds() + " s) the world on " + directory.root());
    } else {
      out.println("stopped the world on " + directory.root());
    }
    return Rehearse.OK;
  }

  /**
   * The process behind a recorded pid, unless the pid now belongs to someone else (a world that
   * crashed long ago): only a java process whose command line names rehearse or this data directory
   * is signalled.
   */
  private static Optional<ProcessHandle> ours(long pid, DataDirectory directory) {
    return ProcessHandle.of(pid)
        .filter(
            handle ->
                handle
                    .info()
                    .commandLine()
                    .map(
                        line ->
                            line.contains("rehearse") || line.contains(directory.root().toString()))
                    .orElse(true));
  }

  private static boolean anyAlive(WorldRecord record) {
    return alive(record.pid()) || alive(record.aws().pid()) || alive(record.oidc().pid());
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
