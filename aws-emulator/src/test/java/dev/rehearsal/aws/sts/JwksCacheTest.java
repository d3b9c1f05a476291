package dev.rehearsal.aws.sts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.support.MutableClock;
import dev.rehearsal.aws.support.TestIssuer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys are fetched over HTTPS once, refreshed for an unknown kid, and never more than the bound;
 * one fetch at a time per issuer, which a known kid never waits for; a retired key stops verifying
 * within {@link JwksCache#MAX_KEY_AGE}.
 */
class JwksCacheTest {
  @TempDir Path dir;
  private TestIssuer issuer;
  private MutableClock clock;
  private JwksCache cache;

  @BeforeEach
  void start() throws Exception {
    issuer = new TestIssuer();
    Path ca = issuer.writeCaPem(dir.resolve("ca.pem"));
    clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    IssuerDirectory directory =
        new IssuerDirectory(
            List.of(
                new IssuerLocation(TestIssuer.GITHUB, URI.create(issuer.location()), context(ca))));
    cache =
        new JwksCache(
            directory,
            Set.of(TestIssuer.GITHUB),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            clock);
  }

  @AfterEach
  void stop() {
    issuer.close();
  }

  @Test
  void keys_whenKidUnknown_refreshesAtMostOncePerInterval() {
    assertThat(cache.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isPresent();
    for (int i = 0; i < 50; i++) {
      cache.keys(TestIssuer.GITHUB, Optional.of("unknown-" + i));
    }
    assertThat(issuer.jwksFetches()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(6));
    cache.keys(TestIssuer.GITHUB, Optional.of("unknown"));
    cache.keys(TestIssuer.GITHUB, Optional.of("unknown"));

    assertThat(issuer.jwksFetches()).isEqualTo(2);
  }

  @Test
  void keys_whenKnownKidWhileARefreshIsInFlight_answersWithoutWaitingForIt() throws Exception {
    assertThat(cache.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isPresent();
    issuer.awaitJwksRequest(); // the first fetch's
    clock.advance(Duration.ofSeconds(6));
    issuer.holdJwks();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Optional<IssuerKeys>> unknown =
          pool.submit(() -> cache.keys(TestIssuer.GITHUB, Optional.of("rotated-in")));
      issuer.awaitJwksRequest(); // the refresh for the unknown kid is held at the JWKS

      assertThat(cache.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isPresent();
      assertThat(unknown.isDone()).isFalse();

      issuer.releaseJwks();
      assertThat(unknown.get()).isPresent();
      assertThat(issuer.jwksFetches()).isEqualTo(2);
    } finally {
      issuer.releaseJwks();
      pool.shutdownNow();
    }
  }

  @Test
  void keys_whenManyUnknownKidsAtOnce_shareOneFetch() throws Exception {
    assertThat(cache.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isPresent();
    clock.advance(Duration.ofSeconds(6));
    issuer.holdJwks();
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Optional<IssuerKeys>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        String kid = "unknown-" + i;
        results.add(pool.submit(() -> cache.keys(TestIssuer.GITHUB, Optional.of(kid))));
      }
      issuer.releaseJwks();
      for (Future<Optional<IssuerKeys>> result : results) {
        assertThat(result.get()).isPresent();
      }
      assertThat(issuer.jwksFetches()).isEqualTo(2); // the first, and one refresh for all eight
    } finally {
      issuer.releaseJwks();
      pool.shutdownNow();
    }
  }

  @Test
  void keys_whenKeyRetiredAndNoRequestForMaxKeyAge_stopsVerifyingAfterTheBound() {
    assertThat(
            cache
                .keys(TestIssuer.GITHUB, Optional.of("test-key-1"))
                .orElseThrow()
                .has("test-key-1"))
        .isTrue();
    issuer.publishJwks("{\"keys\":[]}");

    clock.advance(JwksCache.MAX_KEY_AGE.dividedBy(2).minusSeconds(1));
    assertThat(
            cache
                .keys(TestIssuer.GITHUB, Optional.of("test-key-1"))
                .orElseThrow()
                .has("test-key-1"))
        .isTrue(); // cached: no fetch before half the bound
    assertThat(issuer.jwksFetches()).isEqualTo(1);

    clock.advance(JwksCache.MAX_KEY_AGE.dividedBy(2).plusSeconds(2));
    assertThat(
            cache
                .keys(TestIssuer.GITHUB, Optional.of("test-key-1"))
                .orElseThrow()
                .has("test-key-1"))
        .isFalse(); // past the bound: fetched again before answering
  }

  @Test
  void keys_whenKeyRetiredAndUsedPastHalfTheBound_isRefreshedInTheBackground() throws Exception {
    assertThat(cache.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isPresent();
    issuer.awaitJwksRequest();
    issuer.publishJwks("{\"keys\":[]}");
    clock.advance(JwksCache.MAX_KEY_AGE.dividedBy(2).plusSeconds(1));

    // Answered from the cached keys at once; the refresh it starts runs in the background.
    assertThat(
            cache
                .keys(TestIssuer.GITHUB, Optional.of("test-key-1"))
                .orElseThrow()
                .has("test-key-1"))
        .isTrue();
    issuer.awaitJwksRequest();

    // An unknown kid joins the background fetch if it is still under way, else finds its result.
    assertThat(cache.keys(TestIssuer.GITHUB, Optional.of("other")).orElseThrow().has("test-key-1"))
        .isFalse();
  }

  @Test
  void keys_reportTopIntermediateThumbprintAndTrust() {
    var keys = cache.keys(TestIssuer.GITHUB, Optional.of("test-key-1")).orElseThrow();

    assertThat(keys.tls().topIntermediateThumbprint()).isEqualTo(issuer.thumbprint());
    assertThat(keys.tls().trustedByRootCa()).isTrue();
  }

  @Test
  void keys_whenIssuerNotMapped_areUnavailableWithoutAnyLookup() {
    assertThat(cache.keys("https://unmapped.example.com", Optional.of("k"))).isEmpty();
  }

  @Test
  void keys_whenCaNotTrusted_areUnavailable() throws Exception {
    TestIssuer stranger = new TestIssuer();
    try {
      JwksCache strict =
          new JwksCache(
              new IssuerDirectory(
                  List.of(
                      new IssuerLocation(
                          TestIssuer.GITHUB,
                          URI.create(stranger.location()),
                          context(issuer.writeCaPem(dir.resolve("wrong-ca.pem")))))),
              Set.of(),
              Duration.ofSeconds(5),
              Duration.ofSeconds(5),
              clock);
      assertThat(strict.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isEmpty();
    } finally {
      stranger.close();
    }
  }

  @Test
  void keys_whenCaFileIsWrittenAfterStart_areFetchedOnceItExists() throws Exception {
    // rehearse up starts this emulator beside the oidc-emulator, which writes its CA on its first
    // start: the file is read when the issuer is first contacted, and read again if it was missing.
    Path later = dir.resolve("later-ca.pem");
    JwksCache lazy =
        new JwksCache(
            new IssuerDirectory(
                List.of(
                    new IssuerLocation(
                        TestIssuer.GITHUB, URI.create(issuer.location()), context(later)))),
            Set.of(TestIssuer.GITHUB),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            clock);
    assertThat(lazy.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isEmpty();

    issuer.writeCaPem(later);
    clock.advance(Duration.ofSeconds(6));

    assertThat(lazy.keys(TestIssuer.GITHUB, Optional.of("test-key-1"))).isPresent();
  }

  private static IssuerTrust context(Path ca) {
    return new IssuerTrust("test", Optional.of(ca.toString()));
  }
}
