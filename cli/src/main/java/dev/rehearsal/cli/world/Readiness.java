package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When a started world is ready. Each emulator announces its port in its data folder once it is
 * ready to serve: the oidc-emulator once Quarkus has started (HTTPS listener bound with its
 * certificate and key loaded, signing keys and state read), the aws-emulator once its HTTP server
 * listens. The CLI watches for those files, then asks each announced server once, for real: the
 * oidc-emulator's TLS engine must answer a ClientHello ({@link TlsHello}), the aws-emulator its
 * readiness URL with 200. The CLI makes no full HTTPS request of its own: a cold TLS stack in this
 * JVM cost ~0.4 s of CPU at the very end of the start-up (docs/benchmarks.d/startup.md), and the
 * first real client, the aws-emulator fetching the issuer's keys, verifies the certificate anyway.
 */
final class Readiness {
  static final String READY_PATH = "/_rehearsal/ready";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final int POLL_MILLIS = 10;
  private static final int IO_TIMEOUT_MILLIS = 2000;

  private Readiness() {}

  /**
   * Returns once every process is ready; fails with the end of a log when one dies, or when one is
   * not ready within the timeout (the caller stops them). Each process is watched and asked on its
   * own thread: the first answer of a freshly started server is slow (its own cold request or TLS
   * path, 0.3 s under load), and the two emulators are separate processes that can give theirs at
   * the same time.
   */
  static void await(List<EmulatorProcess> processes) {
    Set<EmulatorProcess> ready = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    for (EmulatorProcess process : processes) {
      Thread watcher =
          new Thread(
              () -> {
                while (!stop.get()) {
                  if (isReady(process)) {
                    ready.add(process);
                    return;
                  }
                  sleep(stop);
                }
              },
              "rehearse-ready-" + process.emulator().folder());
      watcher.setDaemon(true);
      watcher.start();
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    try {
      while (ready.size() < processes.size()) {
        for (EmulatorProcess process : processes) {
          process.failIfDead();
        }
        if (System.nanoTime() > deadline) {
          EmulatorProcess late =
              processes.stream().filter(p -> !ready.contains(p)).findFirst().orElseThrow();
          throw new UserError(
              "the "
                  + late.emulator().module()
                  + " did not become ready in "
                  + START_TIMEOUT
                  + "; see "
                  + late.log());
        }
        sleep(stop);
        if (Thread.currentThread().isInterrupted()) {
          throw new UserError("interrupted while waiting for the emulators");
        }
      }
    } finally {
      stop.set(true);
    }
  }

  private static boolean isReady(EmulatorProcess process) {
    return process.announced()
        && (isHttps(process)
            ? TlsHello.answers(process.port(), IO_TIMEOUT_MILLIS)
            : answers(process.port()));
  }

  private static boolean isHttps(EmulatorProcess process) {
    return process.emulator().scheme().equals("https");
  }

  /** One plain-HTTP GET of the readiness URL on 127.0.0.1:{@code port}; true on a 200. */
  static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), IO_TIMEOUT_MILLIS);
      socket.setSoTimeout(IO_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + READY_PATH
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + port
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return statusLine(socket.getInputStream()).startsWith("HTTP/1.1 200");
    } catch (IOException e) {
      return false; // not answering yet
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\r' && c != '\n' && line.length() < 200; ) {
      line.append((char) c);
      c = in.read();
    }
    return line.toString();
  }

  private static void sleep(AtomicBoolean stop) {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      stop.set(true);
      Thread.currentThread().interrupt();
    }
  }
}
