package dev.rehearsal.core.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real handshakes against a JDK TLS server with a self-signed certificate made by keytool. */
class TrustAnchorsTest {
  static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir Path temp;

  @Test
  void context_trustingTheServersCertificateFromPem_completesTheHandshake() throws Exception {
    KeyStore server = keyStore("server");
    Path pem = pem(server.getCertificate("server"), temp.resolve("ca.pem"));

    assertThat(handshake(server, TrustAnchors.context(pem))).isTrue();
  }

  @Test
  void context_trustingAnotherCertificate_refusesTheServer() throws Exception {
    KeyStore server = keyStore("server");
    KeyStore other = keyStore("other");

    assertThat(handshake(server, TrustAnchors.context(List.of(other.getCertificate("other")))))
        .isFalse();
  }

  @Test
  void readPem_ofAFileWithoutCertificates_isRefusedNamingTheFile() throws IOException {
    Path empty = Files.writeString(temp.resolve("empty.pem"), "not a certificate\n");

    assertThatThrownBy(() -> TrustAnchors.readPem(empty))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining(empty.toString());
  }

  /** True when a client with {@code client} completes a handshake with a server of {@code keys}. */
  private static boolean handshake(KeyStore keys, SSLContext client) throws Exception {
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, PASSWORD);
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(managers.getKeyManagers(), null, null);
    try (SSLServerSocket server =
        (SSLServerSocket)
            serverContext
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread accept =
          new Thread(
              () -> {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                  socket.startHandshake();
                } catch (IOException expected) {
                  // a refused client hangs up
                }
              });
      accept.setDaemon(true);
      accept.start();
      try (SSLSocket socket =
          (SSLSocket)
              client
                  .getSocketFactory()
                  .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
        socket.startHandshake();
        return true;
      } catch (SSLHandshakeException refused) {
        return false;
      }
    }
  }

  private KeyStore keyStore(String alias) throws Exception {
    Path file = temp.resolve(alias + ".p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-dname",
                "CN=localhost",
                "-validity",
                "1",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(output).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    return store;
  }

  private static Path pem(Certificate certificate, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("-----BEGIN CERTIFICATE-----\n"
                  + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                      .encodeToString(certificate.getEncoded())
                  + "\n-----END CERTIFICATE-----\n")
              .getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }
}
