package dev.rehearsal.oidc.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rehearsal.core.github.GitHubValidationException;
import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.http.Json;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.state.StateConfig;
import dev.rehearsal.oidc.tls.Certificates;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The issuer's signing keys: one active key signs, superseded keys stay in the JWKS for a grace
 * period so that tokens signed just before a rotation still verify (as an IdP rotating keys must
 * do), and retired keys are gone from the JWKS but kept on disk so that tests can still mint with
 * them. Reads are lock-free on an immutable snapshot; changes are serialised and written first.
 *
 * <p>The keys are read, or the first one made (RSA-2048, ~0.5–1.5 s of CPU in a fresh JVM), on a
 * background thread ({@link #loadInBackground}): the emulator starts it a moment after it has
 * announced its port, so that neither a first start nor the JSON and key parsing of a restart
 * compete with its first answers (the parent's readiness probe); the first request that needs a key
 * waits for it (without holding an event loop: {@link #whenLoaded}), and nothing is ever served or
 * signed without one.
 */
@ApplicationScoped
public class SigningKeys {
  /** How long a superseded key stays published unless the rotation says otherwise. */
  public static final Duration DEFAULT_GRACE = Duration.ofHours(1);

  private static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(3650);

  @Inject StateConfig config;
  @Inject NativeRsa nativeRsa;

  private final Clock clock = Clock.systemUTC();
  private final AtomicBoolean loading = new AtomicBoolean();
  private final CompletableFuture<Void> loaded = new CompletableFuture<>();
  private volatile KeyRing ring;
  private volatile SigningKey unpublished;

  /** The keys and the JWKS text derived from them, swapped as one. */
  private record KeyRing(
      List<SigningKey> keys, SigningKey active, String jwks, Instant jwksUntil) {}

  /**
   * Starts reading the keys file (making and writing the first key if there is no active one) on a
   * background thread, once; the future completes when the keys are there, or with the reason they
   * cannot be (an unreadable file, named in the error).
   */
  public CompletableFuture<Void> loadInBackground() {
    if (loading.compareAndSet(false, true)) {
      Thread loader = new Thread(this::load, "signing-keys");
      loader.setDaemon(true);
      loader.start();
    }
    return loaded;
  }

  /** Completes once the keys are loaded (or cannot be); does not start loading them. */
  public CompletableFuture<Void> loaded() {
    return loaded;
  }

  /**
   * {@code handler}, run once the keys are loaded: at once when they are, else on the request's
   * Vert.x context when the loader finishes, so that an event loop never waits for a key.
   */
  public Handler<RoutingContext> whenLoaded(Handler<RoutingContext> handler) {
    return context -> {
      CompletableFuture<Void> keys = loadInBackground();
      if (keys.isDone()) {
        handler.handle(context);
        return;
      }
      Context requestContext = context.vertx().getOrCreateContext();
      keys.whenComplete(
          (ignored, error) ->
              requestContext.runOnContext(
                  next -> {
                    try {
                      handler.handle(context);
                    } catch (RuntimeException e) {
                      context.fail(e);
                    }
                  }));
    };
  }

  private void load() {
    try {
      DataDirectory dir = config.dataDirectory();
      List<SigningKey> keys = new ArrayList<>(SigningKeyFile.read(dir));
      if (keys.stream()
          .noneMatch(key -> key.supersededAt().isEmpty() && key.retiredAt().isEmpty())) {
        keys.add(newKey());
        SigningKeyFile.write(dir, keys);
      }
      ring = snapshot(keys);
      loaded.complete(null);
    } catch (RuntimeException | Error e) {
      loaded.completeExceptionally(e);
    }
  }

  /** The loaded keys, waiting for the loader if needed. */
  private KeyRing ring() {
    KeyRing current = ring;
    if (current != null) {
      return current;
    }
    try {
      loadInBackground().join();
    } catch (CompletionException e) {
      throw new IllegalStateException(
          "The signing keys in "
              + config.dataDirectory().file(DataDirectory.SIGNING_KEYS)
              + " cannot be used: "
              + e.getCause().getMessage(),
          e.getCause());
    }
    return ring;
  }

  public SigningKey active() {
    return ring().active();
  }

  /** The JWKS document, cached until the next change or the end of a grace period. */
  public String jwks() {
    KeyRing current = ring();
    if (!clock.instant().isBefore(current.jwksUntil())) {
      current = snapshot(current.keys());
      ring = current;
    }
    return current.jwks();
  }

  public List<SigningKey> all() {
    return ring().keys();
  }

  /** Any key this issuer ever had, retired ones included: a test may mint with it on purpose. */
  public Optional<SigningKey> find(String kid) {
    return ring().keys().stream().filter(key -> key.kid().equals(kid)).findFirst();
  }

  /** A key that no JWKS lists, made once per process: tokens it signs must fail verification. */
  public SigningKey unpublished() {
    SigningKey key = unpublished;
    if (key == null) {
      synchronized (this) {
        if (unpublished == null) {
          unpublished = newKey();
        }
        key = unpublished;
      }
    }
    return key;
  }

  /** A new active key; the previous one stays published for {@code grace}. */
  public synchronized SigningKey rotate(Duration grace) {
    Instant now = clock.instant();
    List<SigningKey> keys = new ArrayList<>();
    KeyRing current = ring();
    for (SigningKey key : current.keys()) {
      boolean active = key.kid().equals(current.active().kid());
      keys.add(active ? key.supersede(now, now.plus(grace)) : key);
    }
    SigningKey fresh = newKey();
    keys.add(fresh);
    SigningKeyFile.write(config.dataDirectory(), keys);
    ring = snapshot(keys);
    return fresh;
  }

  /** Removes a superseded key from the JWKS now. The active key cannot be retired. */
  public synchronized SigningKey retire(String kid) {
    SigningKey key = find(kid).orElseThrow(() -> GitHubErrors.notFound("no signing key " + kid));
    if (key.kid().equals(ring().active().kid())) {
      throw new GitHubValidationException(
          422,
          "Validation Failed: key "
              + kid
              + " is the active signing key; rotate first, then retire it",
          GitHubErrors.REST_DOCUMENTATION);
    }
    if (key.retiredAt().isPresent()) {
      return key;
    }
    SigningKey retired = key.retire(clock.instant());
    List<SigningKey> keys =
        ring().keys().stream().map(each -> each.kid().equals(kid) ? retired : each).toList();
    SigningKeyFile.write(config.dataDirectory(), keys);
    ring = snapshot(keys);
    return retired;
  }

  private KeyRing snapshot(List<SigningKey> keys) {
    Instant now = clock.instant();
    SigningKey active =
        keys.stream()
            .filter(key -> key.supersededAt().isEmpty() && key.retiredAt().isEmpty())
            .reduce((first, second) -> second)
            .orElseThrow();
    List<Map<String, Object>> published =
        keys.stream().filter(key -> key.publishedAt(now)).map(SigningKey::jwk).toList();
    Instant until =
        keys.stream()
            .filter(key -> key.publishedAt(now))
            .flatMap(key -> key.graceUntil().stream())
            .min(Instant::compareTo)
            .orElse(Instant.MAX);
    try {
      String jwks = Json.MAPPER.writeValueAsString(Map.of("keys", published));
      return new KeyRing(List.copyOf(keys), active, jwks, until);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JWKS is plain maps and lists", e);
    }
  }

  private SigningKey newKey() {
    KeyPair pair = nativeRsa.generateKeyPair();
    return SigningKey.create(
        pair.getPrivate(),
        Certificates.selfSigned(pair, "oidc-rehearsal token signing", false, CERTIFICATE_VALIDITY),
        clock.instant());
  }
}
