package dev.rehearsal.core.federation;

/**
 * Fetches the keys of the provider's issuer and checks the token's signature with them. The service
 * implements it (over HTTPS); {@link WebIdentityRules} calls it only once the token's issuer has
 * matched a provider of the account, as STS does.
 */
@FunctionalInterface
public interface TokenVerifier {
  TokenVerification verify(OidcProvider provider, DecodedJwt token);
}
