package dev.rehearsal.core.access;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import java.util.Optional;

/**
 * Whether two sets of policies admit a request in common, with that request: "does this trust
 * policy admit some pull-request subject" is the overlap of the trust policy with a policy that
 * admits exactly the subjects ending in {@code :pull_request}. Decided over the patterns, and the
 * witness is confirmed by core's evaluator on both sides. Empty also when the policies split into
 * more request sets than the diff computes ({@code Boxes.LIMIT}); a caller that must not miss an
 * overlap compares fewer statements at a time.
 */
public final class AccessOverlap {
  private AccessOverlap() {}

  /** A request to assume the role that both trust policies admit. */
  public static Optional<AccessWitness> ofTrustPolicies(PolicyDocument left, PolicyDocument right) {
    return AccessDiffer.common(RequestSpace.Kind.TRUST, List.of(left), List.of(right));
  }

  /** An action on a resource that both sets of identity policies allow. */
  public static Optional<AccessWitness> ofIdentityPolicies(
      List<PolicyDocument> left, List<PolicyDocument> right) {
    return AccessDiffer.common(RequestSpace.Kind.IDENTITY, left, right);
  }
}
