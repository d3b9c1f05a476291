package dev.rehearsal.provisioner.servers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.provisioner.aws.AwsTarget;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * moto's server ({@code python3 -m moto.server}), started on a free port; a test that needs it is
 * skipped, saying why, where python3 or moto is not installed. moto's account is 123456789012.
 */
public final class MotoServer implements TestServer {
  private final Process process;
  private final URI endpoint;

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  public static MotoServer start() {
    assumeTrue(
        motoInstalled(), "python3 with moto's server (pip install 'moto[server]') is needed");
    int port = TestServer.freePort();
    try {
      Process process =
          new ProcessBuilder(
                  "python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      TestServer.awaitListening(process, port, Duration.ofMinutes(1), "moto.server");
      return new MotoServer(process, URI.create("http://127.0.0.1:" + port));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start moto.server", e);
    }
  }

  private static boolean motoInstalled() {
    try {
      Process probe =
          new ProcessBuilder("python3", "-c", "import moto.server")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public AwsTarget target() {
    return AwsTarget.endpoint(endpoint, "us-east-1");
  }

  @Override
  public String accountId() {
    return "123456789012";
  }

  @Override
  public void close() {
    TestServer.stop(process);
  }
}
