package dev.rehearsal.core.federation;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One step STS takes in {@code AssumeRoleWithWebIdentity}, in the order it takes them, with what it
 * found: the teaching trace of a rehearsal.
 *
 * <p>A value, like a record of {@code step}, {@code passed} and {@code detail}; the detail may be
 * written only when first asked ({@link #lazy}): most traces are never read ({@code rehearse check}
 * reads the trace of a failed scenario only), and writing every detail of every call cost more than
 * the checks.
 */
public final class WebIdentityCheck {
  private final Step step;
  private final boolean passed;
  private final Supplier<String> source;

  /** Written once when first asked; a String, so a racy second writing is harmless. */
  private volatile String detail;

  public WebIdentityCheck(Step step, boolean passed, String detail) {
    this.step = Objects.requireNonNull(step, "step");
    this.passed = passed;
    this.detail = Objects.requireNonNull(detail, "detail");
    this.source = null;
  }

  private WebIdentityCheck(Step step, boolean passed, Supplier<String> detail) {
    this.step = Objects.requireNonNull(step, "step");
    this.passed = passed;
    this.source = Objects.requireNonNull(detail, "detail");
  }

  /** A check whose detail {@code detail} writes when first asked; it must always write the same. */
  public static WebIdentityCheck lazy(Step step, boolean passed, Supplier<String> detail) {
    return new WebIdentityCheck(step, passed, detail);
  }

  public Step step() {
    return step;
  }

  public boolean passed() {
    return passed;
  }

  public String detail() {
    String text = detail;
    if (text == null) {
      text = Objects.requireNonNull(source.get(), "detail");
      detail = text;
    }
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebIdentityCheck that
        && step == that.step
        && passed == that.passed
        && detail().equals(that.detail());
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, passed, detail());
  }

  @Override
  public String toString() {
    return "WebIdentityCheck[step=" + step + ", passed=" + passed + ", detail=" + detail() + "]";
  }

  /** The steps, in AWS's order. */
  public enum Step {
    PARAMETERS("request parameters within STS's bounds"),
    SESSION_POLICY("the session policy, if any, is well formed"),
    TOKEN_FORMAT("the token is a signed JWT"),
    CLAIMS("the token carries the claims STS requires (sub, aud, exp), each of its type"),
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
