package dev.rehearsal.oidc.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.github.GitHubValidationException;
import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.state.StateConfig;
import dev.rehearsal.oidc.tls.Certificates;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
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

/**
 * The issuer's signing keys: one active key signs, superseded keys stay in the JWKS for a grace
 * period so that tokens signed just before a rotation still verify (as an IdP rotating keys must
 * do), and retired keys are gone from the JWKS but kept on disk so that tests can still mint with
 * them. Reads are lock-free on an immutable snapshot; changes are serialised and written first.
 */
@ApplicationScoped
@Startup
public class SigningKeys {
  /** How long a superseded key stays published unless the rotation says otherwise. */
  public static final Duration DEFAULT_GRACE = Duration.ofHours(1);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(3650);

  @Inject StateConfig config;

  private final Clock clock = Clock.systemUTC();
  private volatile KeyRing ring;
  private volatile SigningKey unpublished;

  /** The keys and the JWKS text derived from them, swapped as one. */
  private record KeyRing(
      List<SigningKey> keys, SigningKey active, String jwks, Instant jwksUntil) {}

  @PostConstruct
  void load() {
    DataDirectory dir = config.dataDirectory();
    List<SigningKey> keys = new ArrayList<>(SigningKeyFile.read(dir));
    if (keys.stream().noneMatch(key -> key.supersededAt().isEmpty() && key.retiredAt().isEmpty())) {
      keys.add(newKey());
      SigningKeyFile.write(dir, keys);
    }
    ring = snapshot(keys);
  }

  public SigningKey active() {
    return ring.active();
  }

  /** The JWKS document, cached until the next change or the end of a grace period. */
  public String jwks() {
    KeyRing current = ring;
    if (!clock.instant().isBefore(current.jwksUntil())) {
      current = snapshot(current.keys());
      ring = current;
    }
    return current.jwks();
  }

  public List<SigningKey> all() {
    return ring.keys();
  }

  /** Any key this issuer ever had, retired ones included: a test may mint with it on purpose. */
  public Optional<SigningKey> find(String kid) {
    return ring.keys().stream().filter(key -> key.kid().equals(kid)).findFirst();
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
    for (SigningKey key : ring.keys()) {
      boolean active = key.kid().equals(ring.active().kid());
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
    if (key.kid().equals(ring.active().kid())) {
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
        ring.keys().stream().map(each -> each.kid().equals(kid) ? retired : each).toList();
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
      String jwks = JSON.writeValueAsString(Map.of("keys", published));
      return new KeyRing(List.copyOf(keys), active, jwks, until);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JWKS is plain maps and lists", e);
    }
  }

  private SigningKey newKey() {
    KeyPair pair = Certificates.rsaKeyPair();
    return SigningKey.create(
        pair.getPrivate(),
        Certificates.selfSigned(pair, "oidc-rehearsal token signing", false, CERTIFICATE_VALIDITY),
        clock.instant());
  }
}
