package dev.rehearsal.aws.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.federation.IssuerTls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Fetches an issuer's keys the way STS does, over HTTPS: its discovery document ({@code
 * /.well-known/openid-configuration}), then the {@code jwks_uri} it names, and keeps them per
 * issuer.
 *
 * <p>Refreshes, at most one fetch per {@code minRefreshInterval} per issuer (a flood of bad tokens
 * cannot hammer the issuer), and one fetch at a time per issuer, shared by every request that needs
 * it (single-flight):
 *
 * <ul>
 *   <li>a token whose {@code kid} is not among the keys waits for a refresh (the issuer may have
 *       published a new key) or, when one was made less than the interval ago, is answered from the
 *       keys at hand at once;
 *   <li>a token whose {@code kid} is known never waits for a refresh: it is answered from the keys
 *       at hand, even while a refresh is in flight;
 *   <li>keys are kept at most {@link #MAX_KEY_AGE}: past half of it a request with a known kid
 *       starts a refresh in the background and does not wait for it; past all of it (no request in
 *       the second half) the keys are no longer trusted and the next request waits for the fetch,
 *       as the first one did. So a key the issuer retires stops verifying at most {@link
 *       #MAX_KEY_AGE} (plus one fetch) after it was last fetched.
 * </ul>
 *
 * AWS documents neither its cache nor its refresh; it caches an issuer's keys and fetches them
 * again when a token names a key it does not hold (README, "Differences from AWS";
 * aws-emulator/README).
 */
final class JwksCache {
  /** How long fetched keys are trusted; refreshed in the background after half of it. */
  static final Duration MAX_KEY_AGE = Duration.ofMinutes(15);

  /** Made at the first fetch (this holder's initialisation), not during start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Runs refreshes that nobody waits for; daemon threads, made when first needed. */
  private static final class Background {
    static final ExecutorService EXECUTOR =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "jwks-refresh");
              thread.setDaemon(true);
              return thread;
            });
  }

  private final IssuerDirectory directory;
  private final Set<String> trustedCaIssuers;
  private final Duration minRefreshInterval;
  private final Duration timeout;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  JwksCache(
      IssuerDirectory directory,
      Set<String> trustedCaIssuers,
      Duration minRefreshInterval,
      Duration timeout,
      Clock clock) {
    this.directory = directory;
    this.trustedCaIssuers = trustedCaIssuers;
    this.minRefreshInterval = minRefreshInterval;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** What is known of one issuer: its last keys, when it was last asked, the fetch under way. */
  private static final class Entry {
    volatile IssuerKeys keys;
    volatile Instant lastAttempt = Instant.MIN;
    final AtomicReference<CompletableFuture<Optional<IssuerKeys>>> inFlight =
        new AtomicReference<>();
  }

  /**
   * The issuer's keys, fetched when none are trusted or, rate permitting, when {@code kid} is not
   * among them; empty when they cannot be had (unmapped issuer, issuer down, bad documents).
   */
  Optional<IssuerKeys> keys(String issuer, Optional<String> kid) {
    Entry entry = entries.computeIfAbsent(IssuerLocation.strip(issuer), i -> new Entry());
    IssuerKeys known = entry.keys;
    Instant now = clock.instant();
    boolean trusted = known != null && now.isBefore(known.fetchedAt().plus(MAX_KEY_AGE));
    if (trusted && (kid.isEmpty() || known.has(kid.get()))) {
      if (!now.isBefore(known.fetchedAt().plus(MAX_KEY_AGE.dividedBy(2)))
          && entry.inFlight.get() == null
          && !now.isBefore(entry.lastAttempt.plus(minRefreshInterval))) {
        Background.EXECUTOR.execute(() -> refresh(entry, issuer));
      }
      return Optional.of(known); // never waits for a refresh
    }
    CompletableFuture<Optional<IssuerKeys>> running = entry.inFlight.get();
    if (running != null) {
      return running.join(); // a fetch is under way: share it
    }
    if (now.isBefore(entry.lastAttempt.plus(minRefreshInterval))) {
      // Fetched a moment ago: the kid is not there, or the issuer gave no keys.
      return trusted ? Optional.of(known) : Optional.empty();
    }
    return refresh(entry, issuer).join();
  }

  /**
   * The fetch under way for this issuer, or a new one run by the calling thread: every caller gets
   * the same result. The keys after it: the fetched ones, or else those held before if they can
   * still be trusted.
   */
  private CompletableFuture<Optional<IssuerKeys>> refresh(Entry entry, String issuer) {
    CompletableFuture<Optional<IssuerKeys>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<IssuerKeys>> running = entry.inFlight.compareAndExchange(null, mine);
    if (running != null) {
      return running;
    }
    try {
      Instant now = clock.instant();
      if (now.isBefore(entry.lastAttempt.plus(minRefreshInterval))) {
        mine.complete(trusted(entry.keys, now)); // another fetch ended just before this one began
        return mine;
      }
      entry.lastAttempt = now;
      Optional<IssuerKeys> fetched = fetch(issuer);
      fetched.ifPresent(keys -> entry.keys = keys);
      mine.complete(fetched.isPresent() ? fetched : trusted(entry.keys, clock.instant()));
    } catch (RuntimeException | Error e) {
      mine.complete(trusted(entry.keys, clock.instant()));
      throw e;
    } finally {
      entry.inFlight.set(null);
    }
    return mine;
  }

  private static Optional<IssuerKeys> trusted(IssuerKeys keys, Instant now) {
    return keys != null && now.isBefore(keys.fetchedAt().plus(MAX_KEY_AGE))
        ? Optional.of(keys)
        : Optional.empty();
  }

  private Optional<IssuerKeys> fetch(String issuer) {
    Optional<IssuerLocation> location = directory.find(issuer);
    if (location.isEmpty()) {
      return Optional.empty(); // never resolved in DNS: STS cannot reach it either
    }
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .sslContext(location.get().tls().get())
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      JsonNode discovery =
          get(
                  client,
                  location.get(),
                  IssuerLocation.strip(issuer) + "/.well-known/openid-configuration")
              .json;
      String jwksUri = discovery.path("jwks_uri").asText("");
      Fetched jwks = get(client, location.get(), jwksUri);
      List<VerificationKey> keys = new ArrayList<>();
      jwks.json.path("keys").forEach(jwk -> VerificationKey.of(jwk).ifPresent(keys::add));
      boolean trusted = trustedCaIssuers.contains(IssuerLocation.strip(issuer));
      return Optional.of(
          new IssuerKeys(keys, new IssuerTls(trusted, jwks.topThumbprint), clock.instant()));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (UncheckedIOException | IllegalStateException e) {
      // The issuer's CA file is missing or unusable: STS cannot reach the issuer either; say why.
      System.err.println("aws-emulator: " + e.getMessage() + ": " + e.getCause());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private record Fetched(JsonNode json, String topThumbprint) {}

  private Fetched get(HttpClient client, IssuerLocation location, String url)
      throws IOException, InterruptedException {
    URI target =
        location.rewrite(url).orElseThrow(() -> new IOException("not under the issuer: " + url));
    HttpResponse<byte[]> response =
        client.send(
            HttpRequest.newBuilder(target).timeout(timeout).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(target + " answered " + response.statusCode());
    }
    JsonNode json = Json.MAPPER.readTree(response.body());
    if (json == null || !json.isObject()) {
      throw new IOException(target + " did not answer a JSON object");
    }
    return new Fetched(json, topThumbprint(response.sslSession()));
  }

  /**
   * SHA-1 of the last certificate of the chain the server presented: the top intermediate CA whose
   * thumbprint an IAM provider's {@code ThumbprintList} holds (IAM User Guide, "Obtain the
   * thumbprint for an OpenID Connect identity provider").
   */
  private static String topThumbprint(Optional<SSLSession> session) throws IOException {
    if (session.isEmpty()) {
      throw new IOException("the issuer must be reached over HTTPS");
    }
    try {
      Certificate[] chain = session.get().getPeerCertificates();
      byte[] top = chain[chain.length - 1].getEncoded();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(top));
    } catch (SSLPeerUnverifiedException | CertificateEncodingException e) {
      throw new IOException("no certificate chain from the issuer", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JDK", e);
    }
  }
}
