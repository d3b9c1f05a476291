package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-made ClientHello against real servers: the JDK's TLS (as in Netty/Vert.x) and not. */
class TlsHelloTest {
  static final int TIMEOUT = 2000;

  @ParameterizedTest
  @ValueSource(strings = {"EC", "RSA"})
  void answers_whenAJdkTlsServerListens_withAnEcOrRsaCertificate(
      String algorithm, @TempDir Path dir) throws Exception {
    SSLContext context = serverContext(dir, algorithm);
    try (SSLServerSocket server =
        (SSLServerSocket)
            context
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread thread =
          serve(
              server,
              socket -> {
                try {
                  ((SSLSocket) socket).startHandshake();
                } catch (IOException expected) {
                  // the probe hangs up after the server's first flight
                }
              });

      assertThat(TlsHello.probe(server.getLocalPort(), TIMEOUT))
          .isEqualTo(TlsHello.Answer.SERVER_HELLO);
      thread.join(TimeUnit.SECONDS.toMillis(5));
    }
  }

  @Test
  void answers_whenThePortSpeaksPlainHttp_isFalse() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      serve(
          server,
          socket -> {
            try {
              socket
                  .getOutputStream()
                  .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException ignored) {
              // the probe may already be gone
            }
          });

      assertThat(TlsHello.answers(server.getLocalPort(), TIMEOUT)).isFalse();
    }
  }

  @Test
  void answers_whenTheServerClosesWithoutAWord_isFalse() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      serve(server, socket -> {});

      assertThat(TlsHello.answers(server.getLocalPort(), TIMEOUT)).isFalse();
    }
  }

  @Test
  void answers_whenNothingListens_isFalse() throws IOException {
    int port;
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = server.getLocalPort();
    }

    assertThat(TlsHello.answers(port, TIMEOUT)).isFalse();
  }

  @Test
  void clientHello_isOneHandshakeRecordWhoseLengthsAddUp_rfc8446() {
    byte[] hello = TlsHello.clientHello();

    assertThat(hello[0]).isEqualTo((byte) 0x16);
    int recordLength = ((hello[3] & 0xff) << 8) | (hello[4] & 0xff);
    assertThat(hello).hasSize(5 + recordLength);
    assertThat(hello[5]).as("client_hello").isEqualTo((byte) 0x01);
    int helloLength = ((hello[6] & 0xff) << 16) | ((hello[7] & 0xff) << 8) | (hello[8] & 0xff);
    assertThat(recordLength).isEqualTo(4 + helloLength);
  }

  /** Accepts one connection on a daemon thread, hands it over, closes it. */
  private static Thread serve(ServerSocket server, Consumer<Socket> handler) {
    Thread thread =
        new Thread(
            () -> {
              try (Socket socket = server.accept()) {
                InputStream ignored = socket.getInputStream();
                handler.accept(socket);
              } catch (IOException ignored) {
                // the test closed the server
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static SSLContext serverContext(Path dir, String algorithm) throws Exception {
    Path store = dir.resolve("server.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                algorithm,
                "-dname",
                "CN=localhost",
                "-validity",
                "1",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(output).isZero();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    return context;
  }
}
