package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.CONDITION_OPERATORS;
import static dev.rehearsal.core.evaluation.IamDocs.MULTIPLE_KEYS_OR_VALUES;
import static dev.rehearsal.core.evaluation.IamDocs.SET_OPERATORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every condition operator family against the IAM User Guide. Each row names the page (and the
 * section) it comes from: the operator, the policy values, the request values of key {@code k}
 * (ABSENT when the request lacks the key), and the condition's result.
 */
class ConditionOperatorsTest {
  private static final List<String> ABSENT = null;

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "strings",
    "numbers",
    "dates",
    "booleansAndBinary",
    "ipAddresses",
    "arns",
    "absentKeysIfExistsAndNull",
    "setOperators"
  })
  void condition_evaluatesAsDocumented(
      String operator, List<String> policyValues, List<String> requestValues, boolean expected) {
    Decision decision = Policies.underCondition(operator, policyValues, requestValues);

    assertThat(decision.trace().get(0).conditions().get(0).result()).isEqualTo(expected);
    assertThat(decision.allowed()).isEqualTo(expected);
  }

  static Stream<Arguments> strings() {
    String doc = CONDITION_OPERATORS + "#Conditions_String";
    return Stream.of(
        row(doc + " StringEquals is exact", "StringEquals", "main", "main", true),
        row(doc + " StringEquals is case sensitive", "StringEquals", "main", "Main", false),
        row(doc + " StringEquals takes no wildcards", "StringEquals", "ma*", "main", false),
        row(doc + " StringEquals: a * is literal", "StringEquals", "ma*", "ma*", true),
        // Found by the access diff's properties: "**" is one run for matching, not for equality.
        row(doc + " StringEquals: ** is two literal stars", "StringEquals", "ma**", "ma*", false),
        row(doc + " StringEquals: ** matches itself", "StringEquals", "ma**", "ma**", true),
        row(doc + " StringNotEquals", "StringNotEquals", "main", "dev", true),
        row(doc + " StringNotEquals on the value", "StringNotEquals", "main", "main", false),
        row(doc + " StringEqualsIgnoreCase", "StringEqualsIgnoreCase", "MAIN", "main", true),
        row(doc + " StringNotEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "MAIN", "main", false),
        row(
            doc + " StringLike * matches a run",
            "StringLike",
            "repo:acme/*",
            "repo:acme/app",
            true),
        row(doc + " StringLike * matches nothing", "StringLike", "repo:acme/*", "repo:acme/", true),
        row(
            doc + " StringLike is case sensitive",
            "StringLike",
            "repo:acme/*",
            "repo:ACME/a",
            false),
        row(doc + " StringLike ? is one character", "StringLike", "v?", "v1", true),
        row(doc + " StringLike ? is not zero characters", "StringLike", "v?", "v", false),
        row(doc + " StringLike ? is not two characters", "StringLike", "v?", "v12", false),
        row(doc + " StringLike needs wildcards for partial", "StringLike", "repo", "repo:x", false),
        row(doc + " StringNotLike", "StringNotLike", "repo:evil/*", "repo:acme/app", true),
        row(
            doc + " StringNotLike on a match",
            "StringNotLike",
            "repo:evil/*",
            "repo:evil/x",
            false),
        row(
            MULTIPLE_KEYS_OR_VALUES + " several values are ORed",
            "StringEquals",
            "main|dev",
            "dev",
            true),
        row(
            MULTIPLE_KEYS_OR_VALUES + " negated operator values are NORed",
            "StringNotEquals",
            "main|dev",
            "dev",
            false),
        row(
            MULTIPLE_KEYS_OR_VALUES + " negated operator, value in none",
            "StringNotLike",
            "main|dev*",
            "prod",
            true));
  }

  static Stream<Arguments> numbers() {
    String doc = CONDITION_OPERATORS + "#Conditions_Numeric";
    return Stream.of(
        row(doc + " NumericEquals integers", "NumericEquals", "10", "10", true),
        row(doc + " NumericEquals decimals by value", "NumericEquals", "10", "10.0", true),
        row(doc + " NumericNotEquals", "NumericNotEquals", "10", "11", true),
        row(doc + " NumericNotEquals NOR", "NumericNotEquals", "10|11", "11", false),
        row(doc + " NumericLessThan", "NumericLessThan", "10", "9.5", true),
        row(doc + " NumericLessThan equal", "NumericLessThan", "10", "10", false),
        row(
            doc + " NumericLessThanEquals (s3:max-keys)",
            "NumericLessThanEquals",
            "10",
            "10",
            true),
        row(doc + " NumericGreaterThan", "NumericGreaterThan", "10", "-3", false),
        row(doc + " NumericGreaterThanEquals", "NumericGreaterThanEquals", "0.5", "0.50", true),
        row(doc + " non-numeric request value", "NumericEquals", "10", "ten", false),
        row(doc + " non-numeric request, negated", "NumericNotEquals", "10", "ten", true),
        row(doc + " non-numeric policy value", "NumericLessThan", "ten", "1", false));
  }

  static Stream<Arguments> dates() {
    String doc = CONDITION_OPERATORS + "#Conditions_Date";
    return Stream.of(
        row(
            doc + " DateGreaterThan (aws:TokenIssueTime)",
            "DateGreaterThan",
            "2020-01-01T00:00:01Z",
            "2020-06-01T12:00:00Z",
            true),
        row(
            doc + " DateLessThan",
            "DateLessThan",
            "2020-01-01T00:00:00Z",
            "2019-12-31T23:59:59Z",
            true),
        row(
            doc + " DateEquals across offsets",
            "DateEquals",
            "2020-01-01T01:00:00+01:00",
            "2020-01-01T00:00:00Z",
            true),
        row(
            doc + " DateEquals epoch seconds",
            "DateEquals",
            "1577836800",
            "2020-01-01T00:00:00Z",
            true),
        row(
            doc + " DateLessThanEquals W3C date only",
            "DateLessThanEquals",
            "2020-01-01",
            "2020-01-01T00:00:00Z",
            true),
        row(
            doc + " DateGreaterThanEquals W3C year",
            "DateGreaterThanEquals",
            "2020",
            "2019-12-31T23:59:59Z",
            false),
        row(
            doc + " W3C minutes without seconds",
            "DateEquals",
            "2020-01-01T10:30Z",
            "2020-01-01T10:30:00Z",
            true),
        row(
            doc + " W3C fractional seconds",
            "DateLessThan",
            "2020-01-01T10:30:00.5Z",
            "2020-01-01T10:30:00.25Z",
            true),
        row(
            doc + " DateNotEquals",
            "DateNotEquals",
            "2020-01-01T00:00:00Z",
            "2021-01-01T00:00:00Z",
            true),
        row(doc + " not a date", "DateGreaterThan", "2020-01-01T00:00:00Z", "yesterday", false));
  }

  static Stream<Arguments> booleansAndBinary() {
    String bool = CONDITION_OPERATORS + "#Conditions_Boolean";
    String binary = CONDITION_OPERATORS + "#Conditions_BinaryEquals";
    return Stream.of(
        row(bool + " Bool (aws:SecureTransport)", "Bool", "false", "false", true),
        row(bool + " Bool ignores case", "Bool", "true", "TRUE", true),
        row(bool + " Bool mismatch", "Bool", "true", "false", false),
        row(bool + " Bool non-boolean", "Bool", "true", "yes", false),
        row(
            binary + " BinaryEquals byte for byte",
            "BinaryEquals",
            "QmluYXJ5VmFsdWVJbkJhc2U2NA==",
            "QmluYXJ5VmFsdWVJbkJhc2U2NA==",
            true),
        row(
            binary + " BinaryEquals other bytes",
            "BinaryEquals",
            "QmluYXJ5VmFsdWVJbkJhc2U2NA==",
            "AAEC",
            false),
        row(binary + " BinaryEquals not base64", "BinaryEquals", "QmluYXJ5", "not base64!", false));
  }

  static Stream<Arguments> ipAddresses() {
    String doc = CONDITION_OPERATORS + "#Conditions_IPAddress";
    return Stream.of(
        row(doc + " IpAddress in /24", "IpAddress", "203.0.113.0/24", "203.0.113.255", true),
        row(doc + " IpAddress outside /24", "IpAddress", "203.0.113.0/24", "203.0.114.1", false),
        row(doc + " no prefix means /32", "IpAddress", "203.0.113.7", "203.0.113.7", true),
        row(doc + " no prefix means /32, other", "IpAddress", "203.0.113.7", "203.0.113.8", false),
        row(
            doc + " IPv6 /64",
            "IpAddress",
            "2001:DB8:1234:5678::/64",
            "2001:db8:1234:5678:1::9",
            true),
        row(
            doc + " IPv6 outside /64",
            "IpAddress",
            "2001:DB8:1234:5678::/64",
            "2001:db8:1234:5679::1",
            false),
        row(
            doc + " IPv4 and IPv6 mixed",
            "IpAddress",
            "203.0.113.0/24|2001:DB8:1234:5678::/64",
            "2001:db8:1234:5678::1",
            true),
        row(doc + " IPv4 address, IPv6 range", "IpAddress", "::/0", "203.0.113.1", false),
        row(doc + " NotIpAddress", "NotIpAddress", "203.0.113.0/24", "198.51.100.1", true),
        row(
            doc + " NotIpAddress NOR",
            "NotIpAddress",
            "198.51.100.0/24|203.0.113.0/24",
            "203.0.113.1",
            false),
        row(doc + " not an address", "IpAddress", "0.0.0.0/0", "example.com", false));
  }

  static Stream<Arguments> arns() {
    String doc = CONDITION_OPERATORS + "#Conditions_ARN";
    String topic = "arn:aws:sns:us-east-2:123456789012:TOPIC-ID";
    String pattern = "arn:aws:someservice:*:111122223333:finance/*";
    String crafted =
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
    return Stream.of(
        row(doc + " ArnEquals", "ArnEquals", topic, topic, true),
        row(doc + " ArnEquals is case sensitive", "ArnEquals", topic, topic.toLowerCase(), false),
        row(doc + " ArnLike per component", "ArnLike", "arn:aws:sns:*:123456789012:*", topic, true),
        row(
            doc + " ArnEquals takes wildcards too",
            "ArnEquals",
            "arn:aws:sns:*:123456789012:*",
            topic,
            true),
        row(doc + " ArnLike * stays in its component", "ArnLike", pattern, crafted, false),
        row(doc + " StringLike * crosses components", "StringLike", pattern, crafted, true),
        row(
            doc + " ArnLike resource keeps its colons",
            "ArnLike",
            "arn:aws:s3:::b/*",
            "arn:aws:s3:::b/x:y",
            true),
        row(
            doc + " ArnLike ? one character",
            "ArnLike",
            "arn:aws:sns:us-east-?:123456789012:*",
            topic,
            true),
        row(doc + " ArnNotEquals", "ArnNotEquals", "arn:aws:sns:*:999999999999:*", topic, true),
        row(doc + " ArnNotLike on a match", "ArnNotLike", "arn:aws:sns:*:*:*", topic, false),
        row(doc + " request is not an ARN", "ArnLike", "arn:aws:sns:*:*:*", "TOPIC-ID", false),
        row(doc + " policy value is not an ARN", "ArnLike", "*", topic, false));
  }

  static Stream<Arguments> absentKeysIfExistsAndNull() {
    String doc = CONDITION_OPERATORS;
    String ifExists = doc + "#Conditions_IfExists";
    String nullCheck = doc + "#Conditions_Null";
    return Stream.of(
        absent(doc + " absent key: condition false", "StringEquals", "x", false),
        absent(doc + " absent key: StringNotLike true", "StringNotLike", "x", true),
        absent(doc + " absent key: ArnNotLike true", "ArnNotLike", "arn:aws:s3:::*", true),
        absent(doc + " absent key: NumericLessThan false", "NumericLessThan", "1", false),
        absent(doc + " absent key: NotIpAddress true", "NotIpAddress", "10.0.0.0/8", true),
        absent(ifExists + " absent key: IfExists true", "StringLikeIfExists", "t2.*", true),
        row(
            ifExists + " present key: IfExists tests",
            "StringLikeIfExists",
            "t2.*",
            "m5.large",
            false),
        row(
            ifExists + " present key: IfExists matches",
            "StringLikeIfExists",
            "t2.*",
            "t2.micro",
            true),
        absent(ifExists + " NotIfExists absent", "StringNotEqualsIfExists", "x", true),
        absent(nullCheck + " Null true: key absent", "Null", "true", true),
        row(nullCheck + " Null true: key present", "Null", "true", "v", false),
        row(nullCheck + " Null false: key present", "Null", "false", "v", true),
        absent(nullCheck + " Null false: key absent", "Null", "false", false));
  }

  static Stream<Arguments> setOperators() {
    String doc = SET_OPERATORS;
    String older = MULTIPLE_KEYS_OR_VALUES;
    String allowed = "environment|cost-center";
    return Stream.of(
        row(
            doc + " ForAllValues every value listed",
            "ForAllValues:StringEquals",
            allowed,
            "environment|cost-center",
            true),
        row(
            doc + " ForAllValues one value not listed",
            "ForAllValues:StringEquals",
            allowed,
            "environment|dept",
            false),
        absent(
            doc + " ForAllValues true when key absent", "ForAllValues:StringEquals", allowed, true),
        row(
            older + " ForAllValues true on an empty set",
            "ForAllValues:StringEquals",
            allowed,
            "",
            true),
        row(
            doc + " ForAnyValue one value listed",
            "ForAnyValue:StringEquals",
            allowed,
            "environment|dept",
            true),
        row(doc + " ForAnyValue none listed", "ForAnyValue:StringEquals", allowed, "dept", false),
        absent(
            doc + " ForAnyValue false when key absent", "ForAnyValue:StringEquals", allowed, false),
        row(
            older + " ForAnyValue false on an empty set",
            "ForAnyValue:StringEquals",
            allowed,
            "",
            false),
        row(
            older + " ForAllValues:StringLike",
            "ForAllValues:StringLike",
            "Post*|Message",
            "PostDateTime|Message",
            true),
        row(
            doc + " ForAnyValue:StringNotEquals, one value unlisted",
            "ForAnyValue:StringNotEquals",
            allowed,
            "environment|dept",
            true),
        row(
            doc + " ForAllValues:StringNotEquals, one value listed",
            "ForAllValues:StringNotEquals",
            allowed,
            "dept|environment",
            false),
        row(
            doc + " no qualifier, multivalued: any value matches",
            "StringEquals",
            "authenticated",
            "authenticated|graph.facebook.com",
            true),
        row(
            doc + " no qualifier, multivalued, negated: none may match",
            "StringNotEquals",
            "authenticated",
            "authenticated|graph.facebook.com",
            false));
  }

  /** A row whose values are written {@code a|b}; an empty request text is an empty value list. */
  private static Arguments row(
      String source, String operator, String policyValues, String requestValues, boolean expected) {
    return Arguments.of(
        named(source, operator), split(policyValues), split(requestValues), expected);
  }

  private static Arguments absent(
      String source, String operator, String policyValues, boolean expected) {
    return Arguments.of(named(source, operator), split(policyValues), ABSENT, expected);
  }

  private static List<String> split(String values) {
    return values.isEmpty() ? List.of() : Arrays.asList(values.split("\\|"));
  }
}
