package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.CONDITION_OPERATORS;
import static dev.rehearsal.core.evaluation.IamDocs.SET_OPERATORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.OperatorType;
import dev.rehearsal.core.policy.SetQualifier;
import dev.rehearsal.core.property.Gens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The IAM User Guide's sentences on set operators and {@code ...IfExists} as properties over every
 * operator name IAM knows and random values (the table of {@link DocumentedConditionSentencesTest}
 * gives one case per sentence; these say it for all).
 */
class ConditionSemanticsProperties {
  private static final int TRIES = 1000;

  @Test
  void forAnyValue_overAnAbsentKeyOrEmptySet_isFalse_ifExistsIncluded() {
    // SET_OPERATORS: "For no matching context key or a null dataset, the condition returns false."
    qt().withExamples(TRIES)
        .forAll(operators(Optional.of(SetQualifier.FOR_ANY_VALUE)), values(), absentOrEmpty())
        .checkAssert(
            (operator, policyValues, request) ->
                assertThat(result(operator, policyValues, request)).as(SET_OPERATORS).isFalse());
  }

  @Test
  void forAllValues_overAnAbsentKeyOrEmptySet_isTrue() {
    // SET_OPERATORS: "It also returns true if there are no context keys in the request."
    qt().withExamples(TRIES)
        .forAll(operators(Optional.of(SetQualifier.FOR_ALL_VALUES)), values(), absentOrEmpty())
        .checkAssert(
            (operator, policyValues, request) ->
                assertThat(result(operator, policyValues, request)).as(SET_OPERATORS).isTrue());
  }

  @Test
  void ifExists_onAPresentKey_isTheOperatorWithoutIt() {
    // CONDITION_OPERATORS, IfExists: "If the policy key is present in the context of the request,
    // process the key as specified in the policy."
    qt().withExamples(TRIES)
        .forAll(ifExistsOperators(), values(), Gens.lists(value(), 1, 3, TRIES))
        .checkAssert(
            (operator, policyValues, request) -> {
              ConditionOperator without =
                  new ConditionOperator(operator.qualifier(), operator.type(), false);
              assertThat(result(operator, policyValues, request))
                  .as(CONDITION_OPERATORS + "#Conditions_IfExists")
                  .isEqualTo(result(without, policyValues, request));
            });
  }

  @Test
  void setOperators_onOneValue_areQuantifiersOverTheRequestValues() {
    // SET_OPERATORS: ForAllValues "tests whether the value of every member of the request context
    // matches", ForAnyValue "whether at least one member ... matches".
    qt().withExamples(TRIES)
        .forAll(operators(Optional.empty()), values(), Gens.lists(value(), 1, 4, TRIES))
        .checkAssert(
            (plain, policyValues, request) -> {
              List<Boolean> each = new ArrayList<>();
              for (String value : request) {
                each.add(result(plain, policyValues, List.of(value)));
              }
              ConditionOperator all =
                  new ConditionOperator(
                      Optional.of(SetQualifier.FOR_ALL_VALUES), plain.type(), plain.ifExists());
              ConditionOperator any =
                  new ConditionOperator(
                      Optional.of(SetQualifier.FOR_ANY_VALUE), plain.type(), plain.ifExists());
              assertThat(result(all, policyValues, request)).isEqualTo(!each.contains(false));
              assertThat(result(any, policyValues, request)).isEqualTo(each.contains(true));
            });
  }

  private static boolean result(
      ConditionOperator operator, List<String> policyValues, List<String> request) {
    return Policies.underCondition(operator.text(), policyValues, request)
        .trace()
        .get(0)
        .conditions()
        .get(0)
        .result();
  }

  /** Every operator but Null (which has no set or IfExists form) with the given qualifier. */
  private static Gen<ConditionOperator> operators(Optional<SetQualifier> qualifier) {
    List<OperatorType> types =
        Arrays.stream(OperatorType.values()).filter(t -> t != OperatorType.NULL).toList();
    return Gens.of(types)
        .zip(
            Gens.chance(0.5), (type, ifExists) -> new ConditionOperator(qualifier, type, ifExists));
  }

  private static Gen<ConditionOperator> ifExistsOperators() {
    Gen<Optional<SetQualifier>> qualifiers =
        Gens.of(
            Optional.empty(),
            Optional.of(SetQualifier.FOR_ALL_VALUES),
            Optional.of(SetQualifier.FOR_ANY_VALUE));
    List<OperatorType> types =
        Arrays.stream(OperatorType.values()).filter(t -> t != OperatorType.NULL).toList();
    return qualifiers.zip(Gens.of(types), (q, type) -> new ConditionOperator(q, type, true));
  }

  /** Values every family reads: texts, numbers, dates, addresses, ARNs, booleans. */
  private static Gen<String> value() {
    return Gens.oneOf(
        Gens.strings(Gens.chars("ab*?"), 0, 3, TRIES),
        Gens.of(
            "1", "10", "2020-01-01T00:00:00Z", "10.0.0.1", "10.0.0.0/8", "true", "false", "AAEC"),
        Gens.of("arn:aws:s3:::b", "arn:aws:s3:::*", "arn:*:*:*:*:*"));
  }

  private static Gen<List<String>> values() {
    return Gens.lists(value(), 1, 3, TRIES);
  }

  /** The request lacks the key (null), or has it with no value. */
  private static Gen<List<String>> absentOrEmpty() {
    return Gens.of(Arrays.<List<String>>asList(null, List.of()));
  }
}
