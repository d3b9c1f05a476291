package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.EVALUATION_LOGIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.Statement;
import dev.rehearsal.core.property.Gens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
          "ForAnyValue:StringLikeIfExists",
          "Null");

  private final PolicyEvaluator evaluator = new PolicyEvaluator();

  @Test
  void applicableDeny_alwaysWins() {
    qt().withExamples(500)
        .forAll(policies(500), requests(500))
        .checkAssert(
            (policies, request) -> {
              List<PolicyDocument> withDeny = new ArrayList<>(policies);
              withDeny.add(Policies.policy(Policies.identity(Effect.DENY, "*", "*")));

              Decision decision = evaluator.evaluate(withDeny, request);

              assertThat(decision.outcome()).as(EVALUATION_LOGIC).isEqualTo(Outcome.EXPLICIT_DENY);
            });
  }

  @Test
  void outcome_isTheOneTheTraceImplies() {
    qt().withExamples(1000)
        .forAll(policies(1000), requests(1000))
        .checkAssert(
            (policies, request) -> {
              Decision decision = evaluator.evaluate(policies, request);

              boolean deny =
                  decision.trace().stream().anyMatch(s -> s.applied() && s.effect() == Effect.DENY);
              boolean allow =
                  decision.trace().stream()
                      .anyMatch(s -> s.applied() && s.effect() == Effect.ALLOW);
              Outcome implied =
                  deny ? Outcome.EXPLICIT_DENY : allow ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
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
            });
  }

  @Test
  void explain_namesTheOutcomeAndEveryStatement() {
    qt().withExamples(500)
        .forAll(policies(500), requests(500))
        .checkAssert(
            (policies, request) -> {
              Decision decision = evaluator.evaluate(policies, request);

              assertThat(decision.explain())
                  .startsWith(decision.outcome().name() + ":")
                  .hasLineCount(1 + decision.trace().size());
            });
  }

  private static Gen<List<PolicyDocument>> policies(int tries) {
    return Gens.lists(
        Gens.lists(statements(), 1, 3, tries)
            .map(list -> Policies.policy(list.toArray(Statement[]::new))),
        0,
        3,
        tries);
  }

  private static Gen<EvaluationRequest> requests(int tries) {
    Gen<String> actions = Gens.of("s3:GetObject", "s3:PutObject", "iam:CreateUser");
    Gen<List<String>> values = Gens.lists(Gens.of("a", "ab", "b", "ba"), 0, 2, tries);
    Gen<Boolean> hasKey = Gens.of(true, false);
    return actions.zip(
        values,
        hasKey,
        (action, keyValues, present) ->
            EvaluationRequest.identity(
                action,
                "arn:aws:s3:::b/o",
                present ? ContextKeys.builder().put("k", keyValues).build() : ContextKeys.empty()));
  }

  private static Gen<Statement> statements() {
    Gen<Effect> effects = Gens.of(Effect.values());
    Gen<String> actions = Gens.of("*", "s3:*", "s3:Get*", "iam:*", "s3:?utObject");
    Gen<String> operators = Gens.of(OPERATORS);
    Gen<String> values = Gens.of("a*", "b", "*", "?", "true", "false");
    Gen<Boolean> conditional = Gens.of(true, false);
    return effects.zip(
        actions,
        operators,
        values,
        conditional,
        (effect, action, operator, value, withCondition) ->
            withCondition
                ? Policies.identity(effect, action, "*", Policies.condition(operator, "k", value))
                : Policies.identity(effect, action, "*"));
  }
}
