package dev.rehearsal.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.property.Gens;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The diff against core's evaluator, an oracle written independently of the automata: a policy
 * compared with itself changes nothing; every witness is admitted by exactly one side; and every
 * random request the two sides answer differently lies in a reported change (the diff misses
 * nothing when it says it is exact).
 */
class AccessDiffProperties {
  private final PolicyEvaluator evaluator = new PolicyEvaluator();

  private static final int TRIES = 100;

  @Test
  void diff_ofPolicyWithItself_isEmpty() {
    qt().withExamples(TRIES)
        .forAll(AccessArbitraries.trustPolicies(TRIES))
        .checkAssert(
            policy -> {
              AccessDiff diff = AccessDiff.ofTrustPolicies(policy, policy);

              assertThat(diff.isEmpty()).as(diff.toString()).isTrue();
            });
  }

  @Test
  void trustDiff_everyWitness_isAdmittedByExactlyOneSide() {
    qt().withExamples(TRIES)
        .forAll(AccessArbitraries.trustPolicies(TRIES), AccessArbitraries.trustPolicies(TRIES))
        .checkAssert(
            (before, after) -> {
              AccessDiff diff = AccessDiff.ofTrustPolicies(before, after);

              assertWitnessesSideWithOne(diff, List.of(before), List.of(after));
            });
  }

  @Test
  void identityDiff_everyWitness_isAdmittedByExactlyOneSide() {
    qt().withExamples(TRIES)
        .forAll(
            AccessArbitraries.identityPolicies(TRIES), AccessArbitraries.identityPolicies(TRIES))
        .checkAssert(
            (before, after) -> {
              AccessDiff diff = AccessDiff.ofIdentityPolicies(List.of(before), List.of(after));

              assertWitnessesSideWithOne(diff, List.of(before), List.of(after));
            });
  }

  @Test
  void trustDiff_requestAnsweredDifferently_isReported() {
    qt().withExamples(TRIES)
        .forAll(
            AccessArbitraries.trustPolicies(TRIES),
            AccessArbitraries.trustPolicies(TRIES),
            Gens.lists(AccessArbitraries.trustRequests(TRIES), 20, 20, TRIES))
        .checkAssert(
            (before, after, requests) ->
                assertDifferencesReported(
                    AccessDiff.ofTrustPolicies(before, after), before, after, requests));
  }

  @Test
  void identityDiff_requestAnsweredDifferently_isReported() {
    qt().withExamples(TRIES)
        .forAll(
            AccessArbitraries.identityPolicies(TRIES),
            AccessArbitraries.identityPolicies(TRIES),
            Gens.lists(AccessArbitraries.identityRequests(TRIES), 20, 20, TRIES))
        .checkAssert(
            (before, after, requests) -> {
              AccessDiff diff = AccessDiff.ofIdentityPolicies(List.of(before), List.of(after));

              assertDifferencesReported(diff, before, after, requests);
            });
  }

  private void assertWitnessesSideWithOne(
      AccessDiff diff, List<PolicyDocument> before, List<PolicyDocument> after) {
    for (AccessChange change : concat(diff.gained(), diff.lost())) {
      for (AccessWitness w : change.witnesses()) {
        // Witnesses are requests GitHub could really send.
        w.keys()
            .getOrDefault(AccessArbitraries.SUB, Optional.empty())
            .ifPresent(sub -> assertThat(RealSubjects.isReal(sub)).as(w.describe()).isTrue());
      }
    }
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
      // A subject GitHub cannot send is no change to any real token (RealSubjects).
      Optional<List<String>> sub = request.context().values(AccessArbitraries.SUB);
      if (sub.isPresent() && !RealSubjects.isReal(sub.get().get(0))) {
        continue;
      }
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

  private static List<AccessChange> concat(List<AccessChange> a, List<AccessChange> b) {
    List<AccessChange> both = new java.util.ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  private boolean admits(List<PolicyDocument> policies, EvaluationRequest request) {
    return evaluator.evaluate(policies, request).allowed();
  }
}
