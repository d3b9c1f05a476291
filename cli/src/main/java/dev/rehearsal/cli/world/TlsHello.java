package dev.rehearsal.cli.world;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whether an HTTPS server's TLS stack answers, without this JVM's own TLS stack: a hand-made TLS
 * 1.3 ClientHello (RFC 8446 §4.1.2) goes out on a plain socket, and the first record back must be
 * the server's handshake (its ServerHello, RFC 8446 §4.1.3) or an alert. Either proves that the
 * server accepted the connection, read the hello and ran its TLS engine with its certificate and
 * key loaded, which is what a client's first request needs. The probe never completes the handshake
 * (it has no private key for its key share), so it costs the CLI a few hundred bytes instead of a
 * JSSE cold start (~0.4 s of CPU, docs/benchmarks.d/startup.md); trust in the server's certificate
 * is checked where it matters, by the aws-emulator fetching the issuer's keys.
 */
final class TlsHello {
  /** RFC 7748 §6.1's example X25519 public key: any valid point serves, it is never used. */
  private static final byte[] KEY_SHARE =
      HexFormat.of().parseHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");

  private static final int HANDSHAKE = 0x16;
  private static final int ALERT = 0x15;
  private static final int SERVER_HELLO = 0x02;

  private TlsHello() {}

  /** What came back first. */
  enum Answer {
    SERVER_HELLO,
    ALERT,
    NONE
  }

  /** True when 127.0.0.1:{@code port} answers a TLS 1.3 ClientHello within the timeout. */
  static boolean answers(int port, int timeoutMillis) {
    return probe(port, timeoutMillis) != Answer.NONE;
  }

  static Answer probe(int port, int timeoutMillis) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      socket.getOutputStream().write(clientHello());
      socket.getOutputStream().flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] header = new byte[6];
      in.readFully(header);
      int type = header[0] & 0xff;
      if (type == HANDSHAKE && (header[5] & 0xff) == SERVER_HELLO) {
        return Answer.SERVER_HELLO;
      }
      return type == ALERT ? Answer.ALERT : Answer.NONE;
    } catch (IOException e) {
      return Answer.NONE; // not listening, closed without an answer, or silent: not ready
    }
  }

  /** One TLS record holding a ClientHello that a JDK or OpenSSL server answers. */
  static byte[] clientHello() {
    ByteArrayOutputStream extensions = new ByteArrayOutputStream();
    // supported_versions: TLS 1.3 only.
    extension(extensions, 0x002b, bytes(0x02, 0x03, 0x04));
    // supported_groups: x25519, secp256r1.
    extension(extensions, 0x000a, bytes(0x00, 0x04, 0x00, 0x1d, 0x00, 0x17));
    // signature_algorithms: ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, rsa_pkcs1_sha256.
    extension(extensions, 0x000d, bytes(0x00, 0x06, 0x04, 0x03, 0x08, 0x04, 0x04, 0x01));
    // key_share: one x25519 share.
    ByteArrayOutputStream share = new ByteArrayOutputStream();
    u16(share, 2 + 2 + KEY_SHARE.length);
    u16(share, 0x001d);
    u16(share, KEY_SHARE.length);
    share.writeBytes(KEY_SHARE);
    extension(extensions, 0x0033, share.toByteArray());

    ByteArrayOutputStream hello = new ByteArrayOutputStream();
    u16(hello, 0x0303); // legacy_version
    byte[] random = new byte[32];
    ThreadLocalRandom.current().nextBytes(random); // no secret: the handshake never completes
    hello.writeBytes(random);
    hello.write(0); // legacy_session_id: empty
    hello.writeBytes(bytes(0x00, 0x06, 0x13, 0x01, 0x13, 0x02, 0x13, 0x03)); // AES-GCM, ChaCha20
    hello.writeBytes(bytes(0x01, 0x00)); // legacy_compression_methods: null
    u16(hello, extensions.size());
    hello.writeBytes(extensions.toByteArray());

    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(HANDSHAKE);
    u16(record, 0x0301); // legacy_record_version of a first ClientHello
    u16(record, 4 + hello.size());
    record.write(0x01); // client_hello
    record.write(0);
    u16(record, hello.size());
    record.writeBytes(hello.toByteArray());
    return record.toByteArray();
  }

  private static void extension(ByteArrayOutputStream out, int type, byte[] body) {
    u16(out, type);
    u16(out, body.length);
    out.writeBytes(body);
  }

  private static void u16(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value & 0xff);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
