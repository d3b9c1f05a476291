package dev.rehearsal.aws.wire;

import dev.rehearsal.aws.auth.Caller;
import java.util.Optional;
import java.util.Set;

/** One query-protocol service: its actions, and what each answers. */
public interface QueryService {
  AwsService service();

  /** Every action the service knows; any other is {@code InvalidAction}. */
  Set<String> actions();

  /** Actions AWS accepts unsigned ({@code AssumeRoleWithWebIdentity}); they get no caller. */
  default Set<String> unsignedActions() {
    return Set.of();
  }

  /**
   * Performs {@code action}.
   *
   * @param caller who signed the request; empty only for {@link #unsignedActions()}
   * @return the {@code <ActionResult>} members, or empty for actions without output
   */
  Optional<XmlBody> handle(String action, QueryParams params, Optional<Caller> caller);

  /**
   * Performs one of {@link #unsignedActions()} for a request from {@code sourceIp} (when known).
   */
  default Optional<XmlBody> handleUnsigned(
      String action, QueryParams params, Optional<String> sourceIp) {
    return handle(action, params, Optional.empty());
  }
}
