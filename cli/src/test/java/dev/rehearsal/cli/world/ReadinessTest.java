package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The aws-emulator's readiness GET on real sockets (the oidc-emulator's: TlsHelloTest). */
class ReadinessTest {
  @Test
  void answers_whenServerSays200_isTrue() throws Exception {
    try (ServerSocket server = answering("HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nready\n")) {
      assertThat(Readiness.answers(server.getLocalPort())).isTrue();
    }
  }

  @Test
  void answers_whenServerSays503_isFalse() throws Exception {
    try (ServerSocket server = answering("HTTP/1.1 503 Service Unavailable\r\n\r\n")) {
      assertThat(Readiness.answers(server.getLocalPort())).isFalse();
    }
  }

  @Test
  void answers_whenNothingListens_isFalse() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }

    assertThat(Readiness.answers(port)).isFalse();
  }

  /** A one-connection server on 127.0.0.1 that reads the request head and writes {@code reply}. */
  private static ServerSocket answering(String reply) throws IOException {
    ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    Thread thread =
        new Thread(
            () -> {
              try (Socket client = server.accept()) {
                InputStream in = client.getInputStream();
                String head = "";
                while (!head.endsWith("\r\n\r\n")) {
                  int c = in.read();
                  if (c < 0) {
                    return;
                  }
                  head += (char) c;
                }
                assertThat(head).startsWith("GET " + Readiness.READY_PATH + " HTTP/1.1\r\n");
                client.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
              } catch (IOException e) {
                // the test closed the server
              }
            });
    thread.setDaemon(true);
    thread.start();
    return server;
  }
}
