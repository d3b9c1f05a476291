package dev.rehearsal.core.ecr;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.Decision;
import java.util.Objects;
import java.util.Optional;

/**
 * ECR's answer to one request: whether it is allowed, why, the evaluation of the caller's identity
 * policies and of the repository policy (absent when the repository has none, or the resource is
 * {@code *}), and, when refused, the message ECR sends (written only when asked).
 *
 * <p>Messages (IAM User Guide, "Troubleshoot access denied error messages", "Access denied error
 * message examples"): {@code User: ARN is not authorized to perform: ACTION on resource: RESOURCE
 * because no identity-based policy allows the ACTION action}, {@code ... with an explicit deny in
 * an identity-based policy}, {@code ... with an explicit deny in a resource-based policy}.
 */
public record EcrDecision(
    Reason reason,
    Decision identity,
    Optional<Decision> resource,
    String callerArn,
    String action,
    String resourceArn) {
  /** Why the request is allowed or refused. */
  public enum Reason {
    /** The root user: not limited by identity policies, and no explicit deny applied. */
    ROOT,
    /** An identity policy allows it and nothing denies it. */
    IDENTITY_ALLOW,
    /** The repository policy allows the caller by name (or anyone) and nothing denies it. */
    RESOURCE_ALLOW,
    /** No policy allows it. */
    IMPLICIT_DENY,
    /** A statement of an identity policy denies it. */
    IDENTITY_EXPLICIT_DENY,
    /** A statement of the repository policy denies it. */
    RESOURCE_EXPLICIT_DENY;

    public boolean allowed() {
      return this == ROOT || this == IDENTITY_ALLOW || this == RESOURCE_ALLOW;
    }
  }

  public EcrDecision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(callerArn, "callerArn");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resourceArn, "resourceArn");
  }

  public boolean allowed() {
    return reason.allowed();
  }

  /** The message ECR sends with {@code AccessDeniedException}; empty when allowed. */
  public Optional<String> denialMessage() {
    if (allowed()) {
      return Optional.empty();
    }
    String why =
        switch (reason) {
          case IDENTITY_EXPLICIT_DENY -> "with an explicit deny in an identity-based policy";
          case RESOURCE_EXPLICIT_DENY -> "with an explicit deny in a resource-based policy";
          default -> "because no identity-based policy allows the " + action + " action";
        };
    return Optional.of(
        "User: "
            + callerArn
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + resourceArn
            + " "
            + why);
  }

  /**
   * Nothing when allowed; else ECR's API answer, {@code AccessDeniedException} with {@link
   * #denialMessage}.
   */
  public void requireAllowed() {
    if (!allowed()) {
      throw new RehearsalException(AwsErrorCode.ECR_ACCESS_DENIED, denialMessage().orElseThrow());
    }
  }

  /**
   * Nothing when allowed; else the registry's answer, {@code DENIED} (HTTP 403), with the same
   * message and ECR's {@code AccessDeniedException} for an AWS client.
   */
  public void requireAllowedForRegistry() {
    if (!allowed()) {
      throw new RegistryException(
          RegistryErrorCode.DENIED, AwsErrorCode.ECR_ACCESS_DENIED, denialMessage().orElseThrow());
    }
  }

  /** The evaluations, for a reader: identity policies, then the repository policy. */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(allowed() ? "ALLOW" : "DENY").append(" (").append(reason).append(")\n");
    out.append("identity-based policies: ").append(identity.explain());
    resource.ifPresent(decision -> out.append("\nrepository policy: ").append(decision.explain()));
    return out.toString();
  }
}
