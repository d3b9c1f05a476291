package dev.rehearsal.oidc.token;

import dev.rehearsal.core.github.GitHubClaims;
import dev.rehearsal.core.github.TokenRequest;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.keys.NativeRsa;
import dev.rehearsal.oidc.keys.SigningKey;
import dev.rehearsal.oidc.keys.SigningKeys;
import dev.rehearsal.oidc.state.StateConfig;
import dev.rehearsal.oidc.subject.SubjectTemplates;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a run into a signed token: core decides every claim ({@link GitHubClaims}), SmallRye JWT
 * signs it RS256 with the active key, {@code kid} and {@code x5t} in the header as GitHub sends
 * them. SmallRye's default claims are switched off ({@code smallrye.jwt.new-token.
 * add-default-claims=false}) so that the payload is exactly core's.
 */
@ApplicationScoped
public class TokenMinter {
  /**
   * The longest audience accepted. GitHub documents no limit; no IAM OIDC provider could match a
   * longer one (a {@code ClientIDList} entry is at most 255 characters, botocore iam {@code
   * clientIDType}).
   */
  public static final int AUDIENCE_LIMIT = 255;

  @Inject StateConfig config;
  @Inject SigningKeys keys;
  @Inject SubjectTemplates templates;
  @Inject NativeRsa nativeRsa;

  /** A token for a run with GitHub's defaults; an empty audience means the owner's URL. */
  public String mint(WorkflowRun run, Optional<String> audience) {
    return mint(request(run, audience), MintOverrides.none());
  }

  /** The request GitHub would make for this run, before any override. */
  public TokenRequest request(WorkflowRun run, Optional<String> audience) {
    TokenRequest request =
        TokenRequest.defaults(run)
            .withIssuer(config.issuer())
            .withSubjectTemplate(templates.settingsFor(run).effective());
    if (audience.isPresent()) {
      if (audience.get().length() > AUDIENCE_LIMIT) {
        throw GitHubErrors.badRequest(
            "audience is "
                + audience.get().length()
                + " characters long; at most "
                + AUDIENCE_LIMIT
                + " are accepted");
      }
      request = request.withAudience(audience.get());
    }
    return request;
  }

  public String mint(TokenRequest request, MintOverrides overrides) {
    TokenRequest effective = request;
    if (overrides.iss().isPresent()) {
      effective = effective.withIssuer(overrides.iss().get());
    }
    if (overrides.iat().isPresent()) {
      effective = effective.withIssuedAt(Instant.ofEpochSecond(overrides.iat().get()));
    }
    Map<String, Object> claims = new TreeMap<>(GitHubClaims.of(effective));
    overrides.nbf().ifPresent(nbf -> claims.put("nbf", nbf));
    overrides.exp().ifPresent(exp -> claims.put("exp", exp));
    claims.putAll(overrides.claims());
    overrides.removeClaims().forEach(claims::remove);
    return sign(claims, signingKey(overrides.signingKey()));
  }

  private SigningKey signingKey(Optional<String> choice) {
    if (choice.isEmpty()) {
      return keys.active();
    }
    if (choice.get().equals(MintOverrides.UNPUBLISHED)) {
      return keys.unpublished();
    }
    return keys.find(choice.get())
        .orElseThrow(
            () ->
                GitHubErrors.validationFailed(
                    "'overrides.signing_key' is neither \"unpublished\" nor a kid of this"
                        + " issuer: "
                        + choice.get()));
  }

  private String sign(Map<String, Object> claims, SigningKey key) {
    return Jwt.claims(claims)
        .jws()
        .algorithm(SignatureAlgorithm.RS256)
        .keyId(key.kid())
        .header("x5t", key.x5t())
        .sign(nativeRsa.forSigning(key.privateKey()));
  }
}
