package dev.rehearsal.core.federation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything STS consults to decide an {@code AssumeRoleWithWebIdentity} call, besides the issuer's
 * keys: the request, the account's OIDC providers, the role named by {@code RoleArn} (empty when
 * the account has no such role) and the time of the call.
 */
public record WebIdentityCall(
    AssumeRoleWithWebIdentityRequest request,
    List<OidcProvider> providers,
    Optional<AssumableRole> role,
    Instant now) {
  public WebIdentityCall {
    Objects.requireNonNull(request, "request");
    providers = List.copyOf(providers);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(now, "now");
  }
}
