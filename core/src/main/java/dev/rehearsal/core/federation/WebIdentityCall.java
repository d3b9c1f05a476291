package dev.rehearsal.core.federation;

import dev.rehearsal.core.evaluation.RequestOrigin;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything STS consults to decide an {@code AssumeRoleWithWebIdentity} call, besides the issuer's
 * keys: the request, the account's OIDC providers, the role named by {@code RoleArn} (empty when
 * the account has no such role) and how the call arrived: its time, the region of the STS endpoint,
 * TLS, the caller's address (the global keys of the trust policy's request context).
 */
public record WebIdentityCall(
    AssumeRoleWithWebIdentityRequest request,
    List<OidcProvider> providers,
    Optional<AssumableRole> role,
    RequestOrigin origin) {
  public WebIdentityCall {
    Objects.requireNonNull(request, "request");
    providers = List.copyOf(providers);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(origin, "origin");
  }

  /** A call over HTTPS to STS's global endpoint ({@code us-east-1}) at {@code now}. */
  public WebIdentityCall(
      AssumeRoleWithWebIdentityRequest request,
      List<OidcProvider> providers,
      Optional<AssumableRole> role,
      Instant now) {
    this(request, providers, role, RequestOrigin.https(RequestOrigin.GLOBAL_STS_REGION, now));
  }

  /** The time of the call. */
  public Instant now() {
    return origin.time();
  }
}
