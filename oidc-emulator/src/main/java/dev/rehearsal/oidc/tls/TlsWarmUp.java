package dev.rehearsal.oidc.tls;

import dev.rehearsal.core.tls.TrustAnchors;
import dev.rehearsal.oidc.state.DataDirectory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * One TLS 1.3 handshake in memory, between two JDK {@link SSLEngine}s (the engine Netty runs for
 * the server), with the emulator's own key and chain, on a background thread while Quarkus starts
 * on the main one. A fresh JVM's first handshake otherwise runs the JDK's handshake and elliptic-
 * curve code cold, in the interpreter: ~200 ms before the first client gets its answer
 * (docs/benchmarks.d/startup.md). Done here, that work overlaps start-up. Nothing it makes is kept;
 * a failure only means the first client pays the cost (the server reports real problems).
 */
public final class TlsWarmUp {
  private static final char[] TRANSIENT = "in-memory".toCharArray();

  private TlsWarmUp() {}

  public static void startInBackground(DataDirectory dir) {
    Thread thread =
        new Thread(
            () -> {
              try {
                handshake(dir);
              } catch (GeneralSecurityException | RuntimeException e) {
                // warm-up only
              }
            },
            "tls-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** True when both engines finished the handshake. */
  static boolean handshake(DataDirectory dir) throws GeneralSecurityException {
    List<X509Certificate> chain =
        Certificates.readCertificates(dir.read(DataDirectory.TLS_CHAIN).orElseThrow());
    PrivateKey key = Certificates.readPrivateKey(dir.read(DataDirectory.TLS_KEY).orElseThrow());
    KeyStore keys = emptyStore();
    keys.setKeyEntry("server", key, TRANSIENT, chain.toArray(X509Certificate[]::new));
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, TRANSIENT);
    SSLContext serverContext = SSLContext.getInstance("TLSv1.3");
    serverContext.init(keyManagers.getKeyManagers(), null, null);
    SSLContext clientContext = TrustAnchors.context(List.of(chain.get(chain.size() - 1)));
    SSLEngine server = serverContext.createSSLEngine();
    server.setUseClientMode(false);
    SSLEngine client = clientContext.createSSLEngine("localhost", 443);
    client.setUseClientMode(true);
    try {
      return run(client, server);
    } catch (SSLException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("an empty in-memory key store always loads", e);
    }
    return store;
  }

  /** Wraps and unwraps between the two engines until both have finished their handshake. */
  private static boolean run(SSLEngine client, SSLEngine server) throws SSLException {
    int size = Math.max(client.getSession().getPacketBufferSize(), 1 << 15);
    ByteBuffer toServer = ByteBuffer.allocate(size);
    ByteBuffer toClient = ByteBuffer.allocate(size);
    ByteBuffer empty = ByteBuffer.allocate(0);
    ByteBuffer sink = ByteBuffer.allocate(client.getSession().getApplicationBufferSize() + size);
    client.beginHandshake();
    server.beginHandshake();
    for (int step = 0; step < 100 && !(done(client) && done(server)); step++) {
      advance(client, empty, toServer, toClient, sink);
      advance(server, empty, toClient, toServer, sink);
    }
    return done(client) && done(server);
  }

  private static void advance(
      SSLEngine engine, ByteBuffer empty, ByteBuffer out, ByteBuffer in, ByteBuffer sink)
      throws SSLException {
    HandshakeStatus status = engine.getHandshakeStatus();
    if (status == HandshakeStatus.NEED_TASK) {
      for (Runnable task = engine.getDelegatedTask(); task != null; ) {
        task.run();
        task = engine.getDelegatedTask();
      }
    } else if (status == HandshakeStatus.NEED_WRAP) {
      engine.wrap(empty, out);
    } else if (status == HandshakeStatus.NEED_UNWRAP_AGAIN
        || (status == HandshakeStatus.NEED_UNWRAP && in.position() > 0)) {
      in.flip();
      sink.clear();
      engine.unwrap(in, sink);
      in.compact();
    }
  }

  private static boolean done(SSLEngine engine) {
    HandshakeStatus status = engine.getHandshakeStatus();
    return status == HandshakeStatus.FINISHED || status == HandshakeStatus.NOT_HANDSHAKING;
  }
}
