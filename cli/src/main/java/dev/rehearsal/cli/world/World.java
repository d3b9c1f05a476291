package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A local world: GitHub's token issuer (oidc-emulator) and AWS (aws-emulator), started together,
 * wired so that AWS fetches the issuer's keys from the oidc-emulator over HTTPS and trusts its CA,
 * the way AWS fetches GitHub's. Holds a lock on the data directory while it runs, so that a second
 * {@code up} on the same directory is refused; the lock dies with the process.
 */
public final class World implements AutoCloseable {
  /** The issuer GitHub's tokens carry, which trust policies' condition keys derive from. */
  public static final String GITHUB_ISSUER = "https://token.actions.githubusercontent.com";

  private final DataDirectory data;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final EmulatorProcess oidc;
  private final EmulatorProcess aws;
  private final WorldRecord record;
  private final List<Runnable> afterStop;

  private World(
      DataDirectory data,
      FileChannel lockChannel,
      FileLock lock,
      EmulatorProcess oidc,
      EmulatorProcess aws,
      WorldRecord record,
      List<Runnable> afterStop) {
    this.data = data;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.oidc = oidc;
    this.aws = aws;
    this.record = record;
    this.afterStop = afterStop;
  }

  /** Starts both emulators and returns once both answer; on any failure nothing is left running. */
  public static World start(
      DataDirectory data, Installation installation, int awsPort, int oidcPort, PrintWriter out) {
    Path oidcJar = installation.jar(Emulator.OIDC);
    Path awsJar = installation.jar(Emulator.AWS);
    data.prepare();
    FileChannel channel = openLock(data);
    FileLock lock = tryLock(channel, data, ": use it, or stop it with: rehearse down --data ");
    int chosenOidc = Ports.choose(oidcPort, "--oidc-port");
    int chosenAws = Ports.choose(awsPort, "--aws-port");
    EmulatorProcess oidc = null;
    EmulatorProcess aws = null;
    ClassDataArchive oidcArchive = ClassDataArchive.of(data, Emulator.OIDC, oidcJar);
    ClassDataArchive awsArchive = ClassDataArchive.of(data, Emulator.AWS, awsJar);
    try {
      out.println(
          "starting the oidc-emulator and the aws-emulator (logs: "
              + data.root().resolve("logs")
              + ")");
      out.flush();
      Path caFile = caFile(data);
      // Both at once: the aws-emulator reads the issuer's CA only when it first fetches the
      // issuer's keys, so it need not wait for the oidc-emulator to make it on a first start.
      oidc =
          EmulatorProcess.start(
              Emulator.OIDC,
              oidcJar,
              chosenOidc,
              oidcSettings(data),
              data.log(Emulator.OIDC),
              data.portFile(Emulator.OIDC),
              oidcArchive);
      aws =
          EmulatorProcess.start(
              Emulator.AWS,
              awsJar,
              chosenAws,
              awsSettings(data, Emulator.OIDC.baseUrl(chosenOidc), caFile),
              data.log(Emulator.AWS),
              data.portFile(Emulator.AWS),
              awsArchive);
      // Rendered while the emulators start: Jackson's first use in this JVM (~50 ms) is then not
      // between "both answer" and "ready"; the file is written only once both answer.
      WorldRecord record = record(data, oidc, aws);
      String recordText = record.json();
      Readiness.await(List.of(oidc, aws));
      record.write(data.worldFile(), recordText);
      List<Runnable> afterStop =
          List.of(() -> oidcArchive.shareRecorded(oidcJar), () -> awsArchive.shareRecorded(awsJar));
      return new World(data, channel, lock, oidc, aws, record, afterStop);
    } catch (RuntimeException e) {
      stopAll(aws, oidc);
      release(lock, channel);
      throw e;
    }
  }

  public static Path caFile(DataDirectory data) {
    return data.emulatorHome(Emulator.OIDC).resolve("ca.pem");
  }

  private static Map<String, String> oidcSettings(DataDirectory data) {
    return Map.of(
        "rehearsal.data-dir",
        data.emulatorHome(Emulator.OIDC).toString(),
        "rehearsal.issuer",
        GITHUB_ISSUER);
  }

  /**
   * The aws-emulator resolves GitHub's issuer to the local oidc-emulator and trusts only its CA for
   * it; no DNS lookup is ever made for an issuer (issue 4, "Issuer resolution works offline").
   */
  private static Map<String, String> awsSettings(DataDirectory data, String oidcUrl, Path caFile) {
    return Map.of(
        "rehearsal.data-dir",
        data.emulatorHome(Emulator.AWS).toString(),
        "rehearsal.issuers.github.url",
        GITHUB_ISSUER,
        "rehearsal.issuers.github.location",
        oidcUrl,
        "rehearsal.issuers.github.ca-file",
        caFile.toString());
  }

  public WorldRecord record() {
    return record;
  }

  private static WorldRecord record(DataDirectory data, EmulatorProcess oidc, EmulatorProcess aws) {
    return new WorldRecord(
        ProcessHandle.current().pid(),
        new WorldRecord.Endpoint(oidc.pid(), oidc.port(), oidc.baseUrl()),
        new WorldRecord.Endpoint(aws.pid(), aws.port(), aws.baseUrl()),
        caFile(data).toString(),
        Instant.now().toString());
  }

  public List<EmulatorProcess> processes() {
    return List.of(oidc, aws);
  }

  /** Whether both emulators still run; {@code up} ends when one of them dies. */
  public boolean healthy() {
    return oidc.isAlive() && aws.isAlive();
  }

  /** Stops both emulators and frees the data directory. Safe to call more than once. */
  @Override
  public synchronized void close() {
    stopAll(aws, oidc);
    afterStop.forEach(Runnable::run);
    try {
      Files.deleteIfExists(data.worldFile());
    } catch (IOException e) {
      // a stale world.json is harmless: its pid is no longer alive
    }
    release(lock, lockChannel);
  }

  private static void stopAll(EmulatorProcess... processes) {
    for (EmulatorProcess process : processes) {
      if (process != null) {
        process.stop();
      }
    }
  }

  private static FileChannel openLock(DataDirectory data) {
    try {
      return FileChannel.open(data.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UserError("cannot open " + data.lockFile() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Empties {@code data} — keys, CA, the services' state, logs — for a start afresh; refused while
   * a world runs on it (its lock is held), and for a folder that is not a data directory.
   */
  public static void reset(DataDirectory data) {
    if (!java.nio.file.Files.isDirectory(data.root())) {
      return;
    }
    data.checkOwned();
    FileChannel channel = openLock(data);
    FileLock lock =
        tryLock(
            channel,
            data,
            ": resetting it now would pull the state from under it; stop it first with:"
                + " rehearse down --data ");
    try {
      data.clear();
    } finally {
      release(lock, channel);
    }
  }

  private static FileLock tryLock(FileChannel channel, DataDirectory data, String advice) {
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (java.nio.channels.OverlappingFileLockException e) {
      // this JVM holds it already (a world started here, a test's): it is held all the same
    } catch (IOException e) {
      throw new UserError("cannot lock " + data.lockFile() + ": " + e.getMessage(), e);
    }
    String running =
        WorldRecord.read(data)
            .map(
                r ->
                    " (pid "
                        + r.pid()
                        + ": aws "
                        + r.aws().url()
                        + ", oidc "
                        + r.oidc().url()
                        + ")")
            .orElse("");
    throw new UserError(
        "a world is already running on " + data.root() + running + advice + data.root());
  }

  private static void release(FileLock lock, FileChannel channel) {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
  }
}
