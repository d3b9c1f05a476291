package dev.rehearsal.provisioner.servers;

import dev.rehearsal.provisioner.aws.AwsTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A real server a test provisions against, started for a test class and stopped after it. */
public interface TestServer extends AutoCloseable {
  /** Where the SDK's requests go, as the provisioner is told. */
  AwsTarget target();

  /** The account the server is, as its STS answers. */
  String accountId();

  @Override
  void close();

  /** A port nothing listens on now, on the loopback address. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until something accepts connections on {@code port}, while {@code process} runs. */
  static void awaitListening(Process process, int port, Duration within, String what) {
    await(process, () -> accepts(port), within, what + " listening on port " + port);
  }

  /** Waits until {@code ready}, while {@code process} runs. */
  static void await(Process process, BooleanSupplier ready, Duration within, String what) {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(what + ": the process exited with " + process.exitValue());
      }
      if (ready.getAsBoolean()) {
        return;
      }
      sleep();
    }
    process.destroyForcibly();
    throw new IllegalStateException(what + ": not ready in " + within);
  }

  /** Asks the process to end, then forces it. */
  static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static boolean accepts(int port) {
    try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
