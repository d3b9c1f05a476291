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
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Fetches an issuer's keys the way STS does, over HTTPS: its discovery document ({@code
 * /.well-known/openid-configuration}), then the {@code jwks_uri} it names, and keeps them per
 * issuer. A token whose {@code kid} is unknown triggers a refresh, at most once per {@code
 * minRefreshInterval} per issuer, so that a flood of bad tokens cannot hammer the issuer.
 */
final class JwksCache {
  /** Made at the first fetch (this holder's initialisation), not during start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
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

  /** What is known of one issuer: its last keys and when it was last asked. */
  private static final class Entry {
    IssuerKeys keys;
    Instant lastAttempt = Instant.MIN;
  }

  /**
   * The issuer's keys, fetched when none are known or, rate permitting, when {@code kid} is not
   * among them; empty when they cannot be had (unmapped issuer, issuer down, bad documents).
   */
  Optional<IssuerKeys> keys(String issuer, Optional<String> kid) {
    Entry entry = entries.computeIfAbsent(IssuerLocation.strip(issuer), i -> new Entry());
    IssuerKeys known = entry.keys;
    if (known != null && (kid.isEmpty() || known.has(kid.get()))) {
      return Optional.of(known);
    }
    synchronized (entry) {
      Instant now = clock.instant();
      boolean stale = entry.keys == null || kid.isEmpty() || !entry.keys.has(kid.get());
      if (stale && !now.isBefore(entry.lastAttempt.plus(minRefreshInterval))) {
        entry.lastAttempt = now;
        fetch(issuer).ifPresent(keys -> entry.keys = keys);
      }
      return Optional.ofNullable(entry.keys);
    }
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
