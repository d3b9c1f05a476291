package dev.rehearsal.aws.auth;

import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.RequestContexts;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.evaluation.Requester;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the emulator adds to a {@link Caller} to build its request context with core's {@link
 * RequestContexts} (the builder {@code rehearse check} uses): the tags of the caller's role, and
 * for a call that came with no HTTP request (CloudFormation's handlers acting as root) the
 * emulator's region and the time now.
 */
public final class CallerContexts {
  private final Function<String, Map<String, String>> tagsOfRole;
  private final String region;
  private final Clock clock;

  public CallerContexts(
      Function<String, Map<String, String>> tagsOfRole, String region, Clock clock) {
    this.tagsOfRole = Objects.requireNonNull(tagsOfRole, "tagsOfRole");
    this.region = Objects.requireNonNull(region, "region");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** For roles without tags. */
  public static CallerContexts untagged(String region, Clock clock) {
    return new CallerContexts(role -> Map.of(), region, clock);
  }

  /** The tags of the role with this ARN. */
  public Map<String, String> tags(String roleArn) {
    return tagsOfRole.apply(roleArn);
  }

  /** How the caller's request arrived; for the emulator's own calls, in its region now. */
  public RequestOrigin origin(Caller caller) {
    return caller.origin().orElseGet(() -> RequestOrigin.https(region, clock.instant()));
  }

  /** The request context of the caller's request. */
  public ContextKeys of(Caller caller) {
    Requester requester = caller.requester(tagsOfRole);
    return RequestContexts.of(requester, origin(caller));
  }
}
