package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * When a started world is ready: each emulator announces its port in its data folder once its
 * server is bound and its state loaded; the CLI then asks the announced server its readiness URL
 * once, for real (HTTPS verified against the issuer's CA for the oidc-emulator, plain HTTP for the
 * aws-emulator). Watching a file costs the CLI nothing while the two emulators compete for the CPU,
 * where polling over HTTPS from the start cost a cold TLS stack every 50 ms.
 */
final class Readiness {
  static final String READY_PATH = "/_rehearsal/ready";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final int POLL_MILLIS = 10;
  private static final int IO_TIMEOUT_MILLIS = 2000;

  private Readiness() {}

  /**
   * Returns once every process answers; fails with the end of a log when one dies, or when one is
   * not ready within the timeout (the caller stops them).
   */
  static void await(List<EmulatorProcess> processes, Path caFile) {
    List<EmulatorProcess> pending = new ArrayList<>(processes);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!pending.isEmpty()) {
      for (var it = pending.iterator(); it.hasNext(); ) {
        EmulatorProcess process = it.next();
        process.failIfDead();
        if (process.announced() && answers(process, caFile)) {
          it.remove();
        }
      }
      if (pending.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        EmulatorProcess late = pending.get(0);
        throw new UserError(
            "the "
                + late.emulator().module()
                + " did not become ready in "
                + START_TIMEOUT
                + "; see "
                + late.log());
      }
      sleep();
    }
  }

  /** One GET of the readiness URL; true on a 200. */
  static boolean answers(EmulatorProcess process, Path caFile) {
    Emulator emulator = process.emulator();
    try (Socket socket = socket(emulator, caFile)) {
      socket.connect(new InetSocketAddress("127.0.0.1", process.port()), IO_TIMEOUT_MILLIS);
      socket.setSoTimeout(IO_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + READY_PATH
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + process.port()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return statusLine(socket.getInputStream()).matches("HTTP/1\\.[01] 200( .*)?");
    } catch (IOException e) {
      return false; // not answering yet
    }
  }

  private static Socket socket(Emulator emulator, Path caFile) throws IOException {
    if (!emulator.scheme().equals("https")) {
      return new Socket();
    }
    SSLContext tls = CaTrust.trusting(caFile);
    SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
    // Verify the certificate names 127.0.0.1, as an HTTPS client does, not only that the CA signed
    // it.
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    socket.setSSLParameters(parameters);
    return socket;
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n' && line.length() < 200; c = in.read()) {
      line.append((char) c);
    }
    return line.toString().strip();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while waiting for the emulators");
    }
  }
}
