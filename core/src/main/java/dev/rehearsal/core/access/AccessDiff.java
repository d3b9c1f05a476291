package dev.rehearsal.core.access;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Who gains and who loses between two versions of a policy, computed over the patterns themselves
 * (their languages are regular), not over a sample: every change carries witnesses that core's
 * {@link dev.rehearsal.core.evaluation.PolicyEvaluator} admits on one side and refuses on the
 * other, and {@code undecided} says what could not be compared exactly.
 *
 * <p>GitHub's {@code sub} ranges over the subjects GitHub can send: {@code onlyImpossibleSubjects}
 * says the patterns do differ, but only in subjects no token can carry (a repository name with a
 * {@code *}), which is no change to any real token.
 */
public record AccessDiff(
    List<AccessChange> gained,
    List<AccessChange> lost,
    List<Undecided> undecided,
    boolean onlyImpossibleSubjects) {
  public AccessDiff {
    gained = List.copyOf(gained);
    lost = List.copyOf(lost);
    undecided = List.copyOf(undecided);
  }

  public AccessDiff(List<AccessChange> gained, List<AccessChange> lost, List<Undecided> undecided) {
    this(gained, lost, undecided, false);
  }

  /**
   * Who may assume the role before and after: the requests (principal, action, condition keys) one
   * trust policy admits and the other does not.
   */
  public static AccessDiff ofTrustPolicies(PolicyDocument oldPolicy, PolicyDocument newPolicy) {
    return AccessDiffer.compare(RequestSpace.Kind.TRUST, List.of(oldPolicy), List.of(newPolicy));
  }

  /**
   * Which actions on which resources the identity (permission) policies of a role allow before and
   * after; each side's policies are taken together, as IAM evaluates them.
   */
  public static AccessDiff ofIdentityPolicies(
      List<PolicyDocument> oldPolicies, List<PolicyDocument> newPolicies) {
    return AccessDiffer.compare(RequestSpace.Kind.IDENTITY, oldPolicies, newPolicies);
  }

  /** What a diff says of patterns that differ only in subjects GitHub cannot send. */
  public static final String IMPOSSIBLE_ONLY =
      "no real token changes: the patterns differ only in subjects GitHub cannot send";

  /** Whether nothing changed (as far as {@link #exact()} tells). */
  public boolean isEmpty() {
    return gained.isEmpty() && lost.isEmpty();
  }

  /** Whether access widens: some request is admitted that was not. */
  public boolean widens() {
    return !gained.isEmpty();
  }

  /**
   * A readable report: one line per change (its first witness), its other witnesses indented, then
   * what was left undecided; {@code no change} when there is none.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (AccessChange change : concat(gained, lost)) {
      out.append(change.summary()).append('\n');
      change.witnesses().stream()
          .skip(1)
          .forEach(w -> out.append("  also ").append(w.describe()).append('\n'));
    }
    if (isEmpty()) {
      out.append(exact() ? "no change\n" : "no change found\n");
      if (onlyImpossibleSubjects) {
        out.append(IMPOSSIBLE_ONLY).append('\n');
      }
    }
    undecided.forEach(u -> out.append("undecided: ").append(u).append('\n'));
    return out.toString();
  }

  private static List<AccessChange> concat(List<AccessChange> a, List<AccessChange> b) {
    List<AccessChange> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  /** Whether the comparison is exact: every difference is listed, none was left undecided. */
  public boolean exact() {
    return undecided.isEmpty();
  }
}
