package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class DiscoveryTest {
  final Emulator emulator = Emulator.underTest();

  @Test
  void discovery_whenFetched_hasGitHubsShapeAndJwksUriUnderTheIssuer() {
    // facts.md, "Discovery": issuer, jwks_uri = <issuer>/.well-known/jwks, RS256 only.
    HttpResponse<String> response = emulator.get("/.well-known/openid-configuration");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode discovery = Emulator.json(response);
    assertThat(discovery.get("issuer").asText())
        .isEqualTo("https://token.actions.githubusercontent.com");
    assertThat(discovery.get("jwks_uri").asText())
        .isEqualTo("https://token.actions.githubusercontent.com/.well-known/jwks");
    assertThat(discovery.get("subject_types_supported").toString())
        .isEqualTo("[\"public\",\"pairwise\"]");
    assertThat(discovery.get("response_types_supported").toString()).isEqualTo("[\"id_token\"]");
    assertThat(discovery.get("id_token_signing_alg_values_supported").toString())
        .isEqualTo("[\"RS256\"]");
    assertThat(discovery.get("scopes_supported").toString()).isEqualTo("[\"openid\"]");
    assertThat(discovery.get("claims_supported").toString())
        .contains("\"sub\"", "\"job_workflow_ref\"", "\"repository_owner_id\"");
  }

  @Test
  void jwks_whenFetched_publishesRs256KeyWithRfc7638KidAndCertificateThumbprint() throws Exception {
    HttpResponse<String> response = emulator.get("/.well-known/jwks");

    assertThat(response.statusCode()).isEqualTo(200);
    JWKSet keys = JWKSet.parse(response.body());
    assertThat(keys.getKeys()).isNotEmpty();
    for (com.nimbusds.jose.jwk.JWK jwk : keys.getKeys()) {
      RSAKey key = (RSAKey) jwk;
      assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint("SHA-256").toString());
      assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
      assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
      assertThat(key.getModulus().decodeToBigInteger().bitLength()).isEqualTo(2048);
      byte[] certificate = key.getX509CertChain().get(0).decode();
      assertThat(key.getX509CertThumbprint())
          .isEqualTo(Base64URL.encode(MessageDigest.getInstance("SHA-1").digest(certificate)));
    }
  }

  @Test
  void tlsHandshake_presentsLeafThenCa_soTheLastCertificateIsTheThumbprintedOne() throws Exception {
    // The seed's `openssl s_client -showcerts | <last cert> | openssl x509 -fingerprint` recipe
    // reads the last certificate of the chain: it must be the CA, the "top intermediate".
    X509Certificate ca = readCa();
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", ca);
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    Certificate[] chain;
    try (SSLSocket socket =
        (SSLSocket)
            context.getSocketFactory().createSocket("127.0.0.1", emulator.base().getPort())) {
      socket.startHandshake();
      chain = socket.getSession().getPeerCertificates();
    }

    assertThat(chain).hasSize(2);
    assertThat(chain[1]).isEqualTo(ca);
    X509Certificate leaf = (X509Certificate) chain[0];
    assertThat(leaf.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
        .contains("localhost", "127.0.0.1");
    assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void caPem_whenDownloaded_isTheDataDirectorysCa() throws Exception {
    HttpResponse<String> response = emulator.get("/_rehearsal/ca.pem");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Files.readString(emulator.dataDir().resolve("ca.pem")));
  }

  @Test
  void ready_withoutCredentials_answers200() {
    assertThat(emulator.get("/_rehearsal/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownPath_answersGitHubsNotFound() {
    HttpResponse<String> response = emulator.get("/no/such/thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Emulator.json(response).get("message").asText()).isEqualTo("Not Found");
    assertThat(Emulator.json(response).get("documentation_url").asText())
        .startsWith("https://docs.github.com/");
  }

  @Test
  void dataDirectory_keepsSecretsOwnerOnly_andTheCaCertificateReadable() throws Exception {
    // The signing key is made in the background when first needed: the JWKS waits for it.
    assertThat(emulator.get("/.well-known/jwks").statusCode()).isEqualTo(200);
    for (String secret :
        List.of("ca-key.pem", "tls-key.pem", "tls-chain.pem", "signing-keys.json", "admin-token")) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(emulator.dataDir().resolve(secret))))
          .as(secret)
          .isEqualTo("rw-------");
    }
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(emulator.dataDir().resolve("ca.pem"))))
        .isEqualTo("rw-r--r--");
  }

  private X509Certificate readCa() throws Exception {
    return (X509Certificate)
        java.security.cert.CertificateFactory.getInstance("X.509")
            .generateCertificate(Files.newInputStream(emulator.dataDir().resolve("ca.pem")));
  }
}
