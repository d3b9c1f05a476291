package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.EVALUATION_LOGIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Evaluation-logic invariants over generated policies and requests ({@value
 * IamDocs#EVALUATION_LOGIC}).
 */
class EvaluationProperties {
  private static final List<String> OPERATORS =
      List.of(
          "StringLike",
          "StringNotLike",
          "StringEquals",
          "ForAnyValue:StringLike",
          "ForAllValues:StringLike",
          "StringLikeIfExists",
          "Null");

  private final PolicyEvaluator evaluator = new PolicyEvaluator();

  @Property(tries = 500)
  void applicableDeny_alwaysWins(
      @ForAll("policies") List<PolicyDocument> policies,
      @ForAll("requests") EvaluationRequest request) {
    List<PolicyDocument> withDeny = new ArrayList<>(policies);
    withDeny.add(Policies.policy(Policies.identity(Effect.DENY, "*", "*")));

    Decision decision = evaluator.evaluate(withDeny, request);

    assertThat(decision.outcome()).as(EVALUATION_LOGIC).isEqualTo(Outcome.EXPLICIT_DENY);
  }

  @Property(tries = 1000)
  void outcome_isTheOneTheTraceImplies(
      @ForAll("policies") List<PolicyDocument> policies,
      @ForAll("requests") EvaluationRequest request) {
    Decision decision = evaluator.evaluate(policies, request);

    boolean deny =
        decision.trace().stream().anyMatch(s -> s.applied() && s.effect() == Effect.DENY);
    boolean allow =
        decision.trace().stream().anyMatch(s -> s.applied() && s.effect() == Effect.ALLOW);
    Outcome implied = deny ? Outcome.EXPLICIT_DENY : allow ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
    assertThat(decision.outcome()).isEqualTo(implied);
    assertThat(decision.trace())
        .hasSize(policies.stream().mapToInt(p -> p.statements().size()).sum())
        .allSatisfy(
            s ->
                assertThat(s.applied())
                    .isEqualTo(
                        s.principalMatched()
                            && s.actionMatched()
                            && s.resourceMatched()
                            && s.conditionsMatched()));
  }

  @Property(tries = 500)
  void explain_namesTheOutcomeAndEveryStatement(
      @ForAll("policies") List<PolicyDocument> policies,
      @ForAll("requests") EvaluationRequest request) {
    Decision decision = evaluator.evaluate(policies, request);

    assertThat(decision.explain())
        .startsWith(decision.outcome().name() + ":")
        .hasLineCount(1 + decision.trace().size());
  }

  @Provide
  Arbitrary<List<PolicyDocument>> policies() {
    return statements()
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(list -> Policies.policy(list.toArray(Statement[]::new)))
        .list()
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<EvaluationRequest> requests() {
    Arbitrary<String> actions = Arbitraries.of("s3:GetObject", "s3:PutObject", "iam:CreateUser");
    Arbitrary<List<String>> values = Arbitraries.of("a", "ab", "b", "ba").list().ofMaxSize(2);
    Arbitrary<Boolean> hasKey = Arbitraries.of(true, false);
    return Combinators.combine(actions, values, hasKey)
        .as(
            (action, keyValues, present) ->
                EvaluationRequest.identity(
                    action,
                    "arn:aws:s3:::b/o",
                    present
                        ? ContextKeys.builder().put("k", keyValues).build()
                        : ContextKeys.empty()));
  }

  private Arbitrary<Statement> statements() {
    Arbitrary<Effect> effects = Arbitraries.of(Effect.values());
    Arbitrary<String> actions = Arbitraries.of("*", "s3:*", "s3:Get*", "iam:*", "s3:?utObject");
    Arbitrary<String> operators = Arbitraries.of(OPERATORS);
    Arbitrary<String> values = Arbitraries.of("a*", "b", "*", "?", "true", "false");
    Arbitrary<Boolean> conditional = Arbitraries.of(true, false);
    return Combinators.combine(effects, actions, operators, values, conditional)
        .as(
            (effect, action, operator, value, withCondition) ->
                withCondition
                    ? Policies.identity(
                        effect, action, "*", Policies.condition(operator, "k", value))
                    : Policies.identity(effect, action, "*"));
  }
}
