package dev.rehearsal.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The diff against core's evaluator, an oracle written independently of the automata: a policy
 * compared with itself changes nothing; every witness is admitted by exactly one side; and every
 * random request the two sides answer differently lies in a reported change (the diff misses
 * nothing when it says it is exact).
 */
class AccessDiffProperties {
  private final PolicyEvaluator evaluator = new PolicyEvaluator();

  @Property(tries = 100)
  void diff_ofPolicyWithItself_isEmpty(@ForAll("trustPolicies") PolicyDocument policy) {
    AccessDiff diff = AccessDiff.ofTrustPolicies(policy, policy);

    assertThat(diff.isEmpty()).as(diff.toString()).isTrue();
  }

  @Property(tries = 100)
  void trustDiff_everyWitness_isAdmittedByExactlyOneSide(
      @ForAll("trustPolicies") PolicyDocument before,
      @ForAll("trustPolicies") PolicyDocument after) {
    AccessDiff diff = AccessDiff.ofTrustPolicies(before, after);

    assertWitnessesSideWithOne(diff, List.of(before), List.of(after));
  }

  @Property(tries = 100)
  void identityDiff_everyWitness_isAdmittedByExactlyOneSide(
      @ForAll("identityPolicies") PolicyDocument before,
      @ForAll("identityPolicies") PolicyDocument after) {
    AccessDiff diff = AccessDiff.ofIdentityPolicies(List.of(before), List.of(after));

    assertWitnessesSideWithOne(diff, List.of(before), List.of(after));
  }

  @Property(tries = 100)
  void trustDiff_requestAnsweredDifferently_isReported(
      @ForAll("trustPolicies") PolicyDocument before,
      @ForAll("trustPolicies") PolicyDocument after,
      @ForAll("trustRequests") List<EvaluationRequest> requests) {
    assertDifferencesReported(AccessDiff.ofTrustPolicies(before, after), before, after, requests);
  }

  @Property(tries = 100)
  void identityDiff_requestAnsweredDifferently_isReported(
      @ForAll("identityPolicies") PolicyDocument before,
      @ForAll("identityPolicies") PolicyDocument after,
      @ForAll("identityRequests") List<EvaluationRequest> requests) {
    AccessDiff diff = AccessDiff.ofIdentityPolicies(List.of(before), List.of(after));

    assertDifferencesReported(diff, before, after, requests);
  }

  private void assertWitnessesSideWithOne(
      AccessDiff diff, List<PolicyDocument> before, List<PolicyDocument> after) {
    for (AccessChange change : diff.gained()) {
      for (AccessWitness w : change.witnesses()) {
        assertThat(admits(after, w.request()) && !admits(before, w.request()))
            .as(w.describe())
            .isTrue();
      }
    }
    for (AccessChange change : diff.lost()) {
      for (AccessWitness w : change.witnesses()) {
        assertThat(admits(before, w.request()) && !admits(after, w.request()))
            .as(w.describe())
            .isTrue();
      }
    }
  }

  private void assertDifferencesReported(
      AccessDiff diff,
      PolicyDocument before,
      PolicyDocument after,
      List<EvaluationRequest> requests) {
    if (!diff.exact()) {
      return;
    }
    for (EvaluationRequest request : requests) {
      boolean was = admits(List.of(before), request);
      boolean is = admits(List.of(after), request);
      if (is && !was) {
        assertThat(diff.gained()).as("gained %s", request).isNotEmpty();
      }
      if (was && !is) {
        assertThat(diff.lost()).as("lost %s", request).isNotEmpty();
      }
    }
  }

  private boolean admits(List<PolicyDocument> policies, EvaluationRequest request) {
    return evaluator.evaluate(policies, request).allowed();
  }

  @Provide
  Arbitrary<PolicyDocument> trustPolicies() {
    return AccessArbitraries.trustPolicies();
  }

  @Provide
  Arbitrary<PolicyDocument> identityPolicies() {
    return AccessArbitraries.identityPolicies();
  }

  @Provide
  Arbitrary<List<EvaluationRequest>> trustRequests() {
    return AccessArbitraries.trustRequests().list().ofSize(20);
  }

  @Provide
  Arbitrary<List<EvaluationRequest>> identityRequests() {
    return AccessArbitraries.identityRequests().list().ofSize(20);
  }
}
