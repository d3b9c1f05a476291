package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.CONDITION_OPERATORS;
import static dev.rehearsal.core.evaluation.IamDocs.MULTIVALUED_EXAMPLES;
import static dev.rehearsal.core.evaluation.IamDocs.SET_OPERATORS;
import static dev.rehearsal.core.evaluation.IamDocs.VARIABLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per documented sentence of the IAM User Guide on how a condition treats the request's
 * values: the sentence (quoted, with its page), then a case it decides. Each case is an identity
 * policy allowing under one condition on key {@code k}: the operator, the policy's values, the
 * request's values of {@code k} ({@code ABSENT} when the request lacks it, {@code ""} an empty
 * set), and the condition's result.
 */
class DocumentedConditionSentencesTest {
  private static final String ABSENT = null;

  private static final String ABSENT_FALSE =
      "\"If the key that you specify in a policy condition is not present in the request context,"
          + " the values do not match and the condition is false.\"";
  private static final String ABSENT_NEGATED =
      "\"If the policy condition requires that the key is not matched, such as StringNotLike or"
          + " ArnNotLike, and the right key is not present, the condition is true.\"";
  private static final String IF_EXISTS_PRESENT =
      "\"If the policy key is present in the context of the request, process the key as specified"
          + " in the policy.\"";
  private static final String IF_EXISTS_ABSENT =
      "\"If the key is not present, evaluate the condition element as true.\"";
  private static final String NULL_CHECK =
      "\"use either true (the key doesn't exist — it is null) or false (the key exists and its"
          + " value is not null)\"";
  private static final String FOR_ALL =
      "\"The condition returns true if every context key value in the request matches a context"
          + " key value in the policy.\"";
  private static final String FOR_ALL_ABSENT =
      "\"It also returns true if there are no context keys in the request.\"";
  private static final String FOR_ANY =
      "\"The context key returns true if any one of the context key values in the request matches"
          + " any one of the context key values in the policy.\"";
  private static final String FOR_ANY_ABSENT =
      "\"For no matching context key or a null dataset, the condition returns false.\"";
  private static final String VALUES_ORED =
      "\"If a single condition operator includes multiple values for a context key, those values"
          + " are evaluated using a logical OR.\"";
  private static final String NEGATED_NOR =
      "\"If a single negated matching condition operator includes multiple values for a context"
          + " key, those values are evaluated using a logical NOR.\"";

  @ParameterizedTest(name = "{0}")
  @MethodSource({"absentKeys", "ifExists", "nullCheck", "setOperators", "severalValues"})
  void condition_decidesAsTheSentenceSays(
      String operator, List<String> policyValues, List<String> requestValues, boolean expected) {
    Decision decision = Policies.underCondition(operator, policyValues, requestValues);

    assertThat(decision.trace().get(0).conditions().get(0).result()).isEqualTo(expected);
  }

  static Stream<Arguments> absentKeys() {
    String page = CONDITION_OPERATORS;
    return Stream.of(
        row(page, ABSENT_FALSE, "StringEquals", "x", ABSENT, false),
        row(page, ABSENT_FALSE, "StringLike", "*", ABSENT, false),
        row(page, ABSENT_FALSE, "NumericLessThan", "1", ABSENT, false),
        row(page, ABSENT_FALSE, "DateGreaterThan", "2020-01-01T00:00:00Z", ABSENT, false),
        row(page, ABSENT_FALSE, "Bool", "false", ABSENT, false),
        row(page, ABSENT_FALSE, "BinaryEquals", "QmluYXJ5", ABSENT, false),
        row(page, ABSENT_FALSE, "IpAddress", "0.0.0.0/0", ABSENT, false),
        row(page, ABSENT_FALSE, "ArnLike", "arn:*:*:*:*:*", ABSENT, false),
        row(page, ABSENT_NEGATED, "StringNotLike", "x*", ABSENT, true),
        row(page, ABSENT_NEGATED, "ArnNotLike", "arn:aws:s3:::*", ABSENT, true),
        row(page, ABSENT_NEGATED, "StringNotEquals", "x", ABSENT, true),
        row(page, ABSENT_NEGATED, "StringNotEqualsIgnoreCase", "x", ABSENT, true),
        row(page, ABSENT_NEGATED, "NumericNotEquals", "1", ABSENT, true),
        row(page, ABSENT_NEGATED, "DateNotEquals", "2020-01-01T00:00:00Z", ABSENT, true),
        row(page, ABSENT_NEGATED, "NotIpAddress", "10.0.0.0/8", ABSENT, true),
        row(page, ABSENT_NEGATED, "ArnNotEquals", "arn:aws:s3:::b", ABSENT, true));
  }

  static Stream<Arguments> ifExists() {
    String page = CONDITION_OPERATORS + "#Conditions_IfExists";
    return Stream.of(
        row(page, IF_EXISTS_PRESENT, "StringLikeIfExists", "t2.*", "t2.micro", true),
        row(page, IF_EXISTS_PRESENT, "StringLikeIfExists", "t2.*", "m5.large", false),
        row(page, IF_EXISTS_PRESENT, "StringNotEqualsIfExists", "x", "x", false),
        row(page, IF_EXISTS_PRESENT, "NumericLessThanIfExists", "10", "11", false),
        row(page, IF_EXISTS_ABSENT, "StringLikeIfExists", "t2.*", ABSENT, true),
        row(page, IF_EXISTS_ABSENT, "StringEqualsIfExists", "x", ABSENT, true),
        row(page, IF_EXISTS_ABSENT, "NumericLessThanIfExists", "10", ABSENT, true),
        row(page, IF_EXISTS_ABSENT, "BoolIfExists", "true", ABSENT, true),
        row(page, IF_EXISTS_ABSENT, "ArnLikeIfExists", "arn:*:*:*:*:*", ABSENT, true),
        row(page, IF_EXISTS_ABSENT, "StringNotEqualsIfExists", "x", ABSENT, true));
  }

  static Stream<Arguments> nullCheck() {
    String page = CONDITION_OPERATORS + "#Conditions_Null";
    return Stream.of(
        row(page, NULL_CHECK, "Null", "true", ABSENT, true),
        row(page, NULL_CHECK, "Null", "true", "v", false),
        row(page, NULL_CHECK, "Null", "false", "v", true),
        row(page, NULL_CHECK, "Null", "false", ABSENT, false),
        // A multivalued key with no values is a null dataset (SET_OPERATORS, "Null").
        row(page, NULL_CHECK, "Null", "true", "", true),
        row(page, NULL_CHECK, "Null", "false", "", false));
  }

  static Stream<Arguments> setOperators() {
    String page = SET_OPERATORS;
    String examples = MULTIVALUED_EXAMPLES;
    String tags = "environment|cost-center";
    return Stream.of(
        row(page, FOR_ALL, "ForAllValues:StringEquals", tags, "cost-center|environment", true),
        row(page, FOR_ALL, "ForAllValues:StringEquals", tags, "environment|dept", false),
        row(page, FOR_ALL, "ForAllValues:StringLike", "Post*|Message", "PostDateTime", true),
        row(examples, FOR_ALL, "ForAllValues:StringNotLike", "key1*", "key1:hr|key2:audit", false),
        row(examples, FOR_ALL, "ForAllValues:StringNotLike", "key1*", "key2:audit", true),
        row(page, FOR_ALL_ABSENT, "ForAllValues:StringEquals", tags, ABSENT, true),
        row(page, FOR_ALL_ABSENT, "ForAllValues:StringEquals", tags, "", true),
        row(page, FOR_ALL_ABSENT, "ForAllValues:StringEqualsIfExists", tags, ABSENT, true),
        row(examples, FOR_ALL_ABSENT, "ForAllValues:StringNotLike", "key1*", ABSENT, true),
        row(page, FOR_ANY, "ForAnyValue:StringEquals", tags, "environment|dept", true),
        row(page, FOR_ANY, "ForAnyValue:StringEquals", tags, "dept", false),
        row(page, FOR_ANY, "ForAnyValue:StringEqualsIfExists", tags, "dept|cost-center", true),
        row(page, FOR_ANY, "ForAnyValue:StringNotEquals", tags, "environment|dept", true),
        row(page, FOR_ANY_ABSENT, "ForAnyValue:StringEquals", tags, ABSENT, false),
        row(page, FOR_ANY_ABSENT, "ForAnyValue:StringEquals", tags, "", false),
        row(page, FOR_ANY_ABSENT, "ForAnyValue:StringEqualsIfExists", tags, ABSENT, false),
        row(page, FOR_ANY_ABSENT, "ForAnyValue:StringLikeIfExists", "*", ABSENT, false),
        row(page, FOR_ANY_ABSENT, "ForAnyValue:StringLikeIfExists", "*", "", false),
        row(page, FOR_ANY_ABSENT, "ForAnyValue:StringNotEquals", tags, ABSENT, false),
        row(page, FOR_ANY_ABSENT, "ForAnyValue:ArnLikeIfExists", "arn:*:*:*:*:*", ABSENT, false));
  }

  static Stream<Arguments> severalValues() {
    String page = IamDocs.MULTIPLE_KEYS_OR_VALUES;
    return Stream.of(
        row(page, VALUES_ORED, "StringEquals", "main|dev", "dev", true),
        row(page, VALUES_ORED, "StringLike", "a*|b*", "c", false),
        row(page, NEGATED_NOR, "StringNotEquals", "main|dev", "dev", false),
        row(page, NEGATED_NOR, "StringNotLike", "a*|b*", "c", true));
  }

  /**
   * "You can use policy variables in the Resource element and in string comparisons in the
   * Condition element"; numeric, date, IP address and binary values take none (one "You can't use a
   * policy variable" note per family on the condition-operators page).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("variables")
  void policyVariable_isSubstitutedWhereDocumented(
      String operator, String policyValue, String requestValue, boolean expected) {
    ContextKeys context =
        ContextKeys.builder().put("aws:username", "42").put("k", requestValue).build();
    var statement =
        Policies.identity(
            Effect.ALLOW, "s3:GetObject", "*", Policies.condition(operator, "k", policyValue));

    Decision decision =
        new PolicyEvaluator()
            .evaluate(
                List.of(Policies.policy(statement)),
                EvaluationRequest.identity("s3:GetObject", "arn:aws:s3:::b/o", context));

    assertThat(decision.allowed()).isEqualTo(expected);
  }

  static Stream<Arguments> variables() {
    return Stream.of(
        variable("StringEquals", "${aws:username}", "42", true),
        variable("StringLike", "user-${aws:username}-*", "user-42-x", true),
        variable("StringNotEquals", "${aws:username}", "42", false),
        variable("ArnLike", "arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::1:user/42", true),
        variable("NumericEquals", "${aws:username}", "42", false),
        variable("DateEquals", "${aws:username}", "1970-01-01T00:00:42Z", false),
        variable("IpAddress", "${aws:username}", "10.0.0.42", false));
  }

  /** "You can add IfExists to the end of any condition operator name except the Null condition". */
  @ParameterizedTest(name = "{0}")
  @MethodSource("operatorNames")
  void operatorName_parsesAsDocumented(String name, boolean isOperator) {
    assertThat(ConditionOperator.parse(name).isPresent())
        .as(CONDITION_OPERATORS)
        .isEqualTo(isOperator);
  }

  static Stream<Arguments> operatorNames() {
    return Stream.of(
        Arguments.of("StringLikeIfExists", true),
        Arguments.of("ForAnyValue:StringLikeIfExists", true),
        Arguments.of("ForAllValues:NumericLessThanIfExists", true),
        Arguments.of("NullIfExists", false),
        Arguments.of("ForAnyValue:NullIfExists", false),
        Arguments.of("IfExists", false));
  }

  private static Arguments variable(
      String operator, String policyValue, String requestValue, boolean expected) {
    return Arguments.of(
        named(VARIABLES + " " + operator + " " + policyValue, operator),
        policyValue,
        requestValue,
        expected);
  }

  private static Arguments row(
      String page,
      String sentence,
      String operator,
      String policyValues,
      String requestValues,
      boolean expected) {
    String shownRequest =
        requestValues == null ? "absent" : requestValues.isEmpty() ? "[]" : requestValues;
    return Arguments.of(
        named(page + " " + sentence + ": " + operator + " k=" + shownRequest, operator),
        split(policyValues),
        requestValues == null ? null : split(requestValues),
        expected);
  }

  private static List<String> split(String values) {
    return values.isEmpty() ? List.of() : Arrays.asList(values.split("\\|"));
  }
}
