package dev.rehearsal.aws.support;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;

/**
 * A GitHub-like token issuer for tests: discovery and JWKS over HTTPS (JDK {@code HttpsServer} on
 * 127.0.0.1 with a chain from {@link TinyCa}), and tokens signed with jose4j, an implementation
 * independent of the emulator's. The discovery document names {@code jwks_uri} under the issuer's
 * public URL, as GitHub's does; the emulator must rewrite it to this server.
 */
public final class TestIssuer implements AutoCloseable {
  public static final String GITHUB = "https://token.actions.githubusercontent.com";

  private final String issuer;
  private final TinyCa ca;
  private final RsaJsonWebKey key;
  private final HttpsServer server;
  private final String location;
  private final String thumbprint;
  private final AtomicInteger jwksFetches = new AtomicInteger();

  /** While set, a JWKS request waits for it (a slow issuer); counted down by releaseJwks. */
  private volatile CountDownLatch jwksGate;

  private final Semaphore jwksRequested = new Semaphore(0);

  /** The JWKS served instead of the signing key's, when set. */
  private volatile String publishedJwks;

  public TestIssuer() throws Exception {
    this(GITHUB);
  }

  /** An issuer that tokens name {@code issuer}, answering on a free port of 127.0.0.1. */
  public TestIssuer(String issuer) throws Exception {
    this.issuer = issuer;
    ca = new TinyCa();
    thumbprint = ca.intermediateThumbprint();
    key = RsaJwkGenerator.generateJwk(2048);
    key.setKeyId("test-key-1");
    key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    key.setUse("sig");
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ca.serverContext()));
    server.createContext(
        "/.well-known/openid-configuration",
        exchange ->
            respond(
                exchange,
                "{\"issuer\":\""
                    + issuer
                    + "\",\"jwks_uri\":\""
                    + issuer
                    + "/.well-known/jwks\",\"subject_types_supported\":[\"public\",\"pairwise\"],"
                    + "\"response_types_supported\":[\"id_token\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"scopes_supported\":[\"openid\"]}"));
    server.createContext(
        "/.well-known/jwks",
        exchange -> {
          jwksFetches.incrementAndGet();
          jwksRequested.release();
          CountDownLatch gate = jwksGate;
          if (gate != null) {
            try {
              gate.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          String published = publishedJwks;
          respond(exchange, published != null ? published : new JsonWebKeySet(key).toJson());
        });
    // Requests on their own threads, so that a held JWKS request holds no other.
    server.setExecutor(
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "test-issuer");
              thread.setDaemon(true);
              return thread;
            }));
    server.start();
    location = "https://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The signing side of an issuer started elsewhere in this JVM, read from {@link #save}. */
  private TestIssuer(Properties saved) throws Exception {
    issuer = saved.getProperty("issuer");
    location = saved.getProperty("location");
    thumbprint = saved.getProperty("thumbprint");
    key = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(saved.getProperty("jwk"));
    ca = null;
    server = null;
  }

  /**
   * Saves what signing needs, so that test classes loaded by another class loader than the test
   * resource's (Quarkus's) can sign tokens for the same running issuer.
   */
  public void save(Path file) throws Exception {
    Properties saved = new Properties();
    saved.setProperty("issuer", issuer);
    saved.setProperty("location", location);
    saved.setProperty("thumbprint", thumbprint);
    saved.setProperty("jwk", key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
    try (var out = Files.newOutputStream(file)) {
      saved.store(out, "test issuer");
    }
  }

  public static TestIssuer load(Path file) throws Exception {
    Properties saved = new Properties();
    try (var in = Files.newInputStream(file)) {
      saved.load(in);
    }
    return new TestIssuer(saved);
  }

  public String issuer() {
    return issuer;
  }

  public String location() {
    return location;
  }

  public Path writeCaPem(Path file) throws Exception {
    return ca.writeRootPem(file);
  }

  public String thumbprint() {
    return thumbprint;
  }

  public int jwksFetches() {
    return jwksFetches.get();
  }

  /** JWKS requests wait from now on until {@link #releaseJwks}: a slow issuer. */
  public void holdJwks() {
    jwksGate = new CountDownLatch(1);
  }

  public void releaseJwks() {
    CountDownLatch gate = jwksGate;
    jwksGate = null;
    if (gate != null) {
      gate.countDown();
    }
  }

  /** Waits until a JWKS request has arrived (counting those not yet awaited). */
  public void awaitJwksRequest() throws InterruptedException {
    if (!jwksRequested.tryAcquire(30, TimeUnit.SECONDS)) {
      throw new AssertionError("no JWKS request in 30 s");
    }
  }

  /** Serves {@code jwks} from now on instead of the signing key's set, e.g. to retire the key. */
  public void publishJwks(String jwks) {
    publishedJwks = jwks;
  }

  /** GitHub's claims for a push to {@code main} of {@code repository}, aud sts.amazonaws.com. */
  public JwtClaims claims(String repository) {
    JwtClaims claims = new JwtClaims();
    long now = Instant.now().getEpochSecond();
    claims.setIssuer(issuer);
    claims.setAudience("sts.amazonaws.com");
    claims.setSubject("repo:" + repository + ":ref:refs/heads/main");
    claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now));
    claims.setNotBefore(org.jose4j.jwt.NumericDate.fromSeconds(now - 5));
    claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now + 300));
    claims.setJwtId("jti-" + now);
    for (Map.Entry<String, String> claim :
        Map.of(
                "repository", repository,
                "repository_owner", repository.split("/")[0],
                "ref", "refs/heads/main",
                "ref_type", "branch",
                "event_name", "push",
                "actor", "octocat")
            .entrySet()) {
      claims.setClaim(claim.getKey(), claim.getValue());
    }
    return claims;
  }

  public String token(String repository) throws Exception {
    return sign(claims(repository), jws -> {});
  }

  /** Signs {@code claims} with the published RSA key after {@code tweak} has adjusted the JWS. */
  public String sign(JwtClaims claims, Consumer<JsonWebSignature> tweak) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    tweak.accept(jws);
    return jws.getCompactSerialization();
  }

  /** The confusion attack: HS256 with the RSA public key's encoding as the HMAC secret. */
  public String hs256WithPublicKey(JwtClaims claims) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setKey(new HmacKey(key.getPublicKey().getEncoded()));
    jws.setDoKeyValidation(false);
    return jws.getCompactSerialization();
  }

  /** {@code alg: none}, no signature. */
  public String unsigned(JwtClaims claims) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
    return jws.getCompactSerialization();
  }

  /** The token with its payload replaced but its signature kept. */
  public static String tamper(String token, JwtClaims claims) {
    String[] parts = token.split("\\.");
    String payload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + payload + "." + parts[2];
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
  }
}
