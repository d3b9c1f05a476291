package dev.rehearsal.core.federation;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.Decision;
import java.util.List;
import java.util.Optional;

/** What STS answers an {@code AssumeRoleWithWebIdentity} call: a session, or an error. */
public sealed interface WebIdentityDecision {
  /** Every check taken, in AWS's order, up to and including the one that failed. */
  List<WebIdentityCheck> checks();

  /** The trust-policy evaluation, when the call got that far. */
  Optional<Decision> trust();

  /** The checks as given, copied unless they are a trace, which is already unmodifiable. */
  private static List<WebIdentityCheck> copy(List<WebIdentityCheck> checks) {
    return checks instanceof WebIdentityTrace ? checks : List.copyOf(checks);
  }

  /**
   * The call succeeded: STS issues a session for {@code assumedRoleArn} ({@code
   * arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}, botocore {@code AssumedRoleUser}).
   */
  record Granted(
      List<WebIdentityCheck> checks,
      Optional<Decision> trust,
      AssumableRole role,
      OidcProvider provider,
      String subject,
      String audience,
      String issuer,
      String sessionName,
      int durationSeconds,
      ContextKeys conditionKeys)
      implements WebIdentityDecision {
    public Granted {
      checks = WebIdentityDecision.copy(checks);
    }

    /**
     * {@code arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION}; written when asked, as {@code
     * rehearse check} never does.
     */
    public String assumedRoleArn() {
      return "arn:aws:sts::"
          + role.accountId()
          + ":assumed-role/"
          + role.name()
          + "/"
          + sessionName;
    }

    /** {@code ROLE_ID:SESSION}, the session's {@code AssumedRoleId}. */
    public String assumedRoleId() {
      return role.roleId() + ":" + sessionName;
    }
  }

  /** The call failed with AWS's error code and message. */
  record Refused(
      List<WebIdentityCheck> checks, Optional<Decision> trust, AwsErrorCode code, String message)
      implements WebIdentityDecision {
    public Refused {
      checks = WebIdentityDecision.copy(checks);
    }

    /** The error as the services render it. */
    public RehearsalException toException() {
      return new RehearsalException(code, message);
    }
  }
}
