package dev.rehearsal.core.federation;

/**
 * One step STS takes in {@code AssumeRoleWithWebIdentity}, in the order it takes them, with what it
 * found: the teaching trace of a rehearsal.
 */
public record WebIdentityCheck(Step step, boolean passed, String detail) {

  /** The steps, in AWS's order. */
  public enum Step {
    PARAMETERS("request parameters within STS's bounds"),
    SESSION_POLICY("the session policy, if any, is well formed"),
    TOKEN_FORMAT("the token is a signed JWT"),
    PROVIDER("the token's issuer is an OIDC provider of the account"),
    VERIFICATION_KEYS("the issuer's signing keys can be fetched"),
    THUMBPRINT("the issuer's certificate is trusted (root CA or thumbprint)"),
    SIGNATURE("the signature verifies with the issuer's key"),
    LIFETIME("the token is within its validity period"),
    AUDIENCE("the token's audience is a client id of the provider"),
    ROLE("the role exists"),
    TRUST_POLICY("the role's trust policy allows the caller"),
    DURATION("the session fits the role's maximum session duration");

    private final String description;

    Step(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }
}
