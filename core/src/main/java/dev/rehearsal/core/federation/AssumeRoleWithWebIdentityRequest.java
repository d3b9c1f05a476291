package dev.rehearsal.core.federation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of an STS {@code AssumeRoleWithWebIdentity} call (botocore {@code
 * sts/2011-06-15/service-2.json}, shape {@code AssumeRoleWithWebIdentityRequest}). Required
 * parameters may be null here: a missing one is a validation error that {@link
 * WebIdentityParameters} reports as STS does.
 */
public record AssumeRoleWithWebIdentityRequest(
    String roleArn,
    String roleSessionName,
    String webIdentityToken,
    Optional<Integer> durationSeconds,
    Optional<String> policy,
    List<String> policyArns) {
  public AssumeRoleWithWebIdentityRequest {
    Objects.requireNonNull(durationSeconds, "durationSeconds");
    Objects.requireNonNull(policy, "policy");
    policyArns = List.copyOf(policyArns);
  }

  /** The call that {@code aws-actions/configure-aws-credentials} makes by default. */
  public static AssumeRoleWithWebIdentityRequest of(
      String roleArn, String roleSessionName, String webIdentityToken) {
    return new AssumeRoleWithWebIdentityRequest(
        roleArn, roleSessionName, webIdentityToken, Optional.empty(), Optional.empty(), List.of());
  }

  /** STS's default session duration when {@code DurationSeconds} is absent: one hour. */
  public int effectiveDurationSeconds() {
    return durationSeconds.orElse(3600);
  }
}
