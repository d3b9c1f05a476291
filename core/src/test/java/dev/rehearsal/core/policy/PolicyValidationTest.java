package dev.rehearsal.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.error.RehearsalException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table per rule IAM applies to a policy document. Each test's name cites where IAM's answer
 * was seen; documents are written with single quotes for readability and turned into JSON.
 */
class PolicyValidationTest {
  private static final String SYNTAX = "Syntax errors in policy.";
  private static final String FEDERATED =
      "'Principal': {'Federated': 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'}";

  /** A policy of one statement made of {@code fields}, single quotes standing for double. */
  private static String statement(String fields) {
    return json("{'Version': '2012-10-17', 'Statement': [{" + fields + "}]}");
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static void assertMalformed(String json, PolicyKind kind, String iamText, String names) {
    assertThatThrownBy(() -> PolicyParser.parse(json, kind))
        .isInstanceOf(MalformedPolicyDocumentException.class)
        .hasMessageStartingWith(iamText)
        .hasMessageContaining(names)
        .satisfies(
            e ->
                assertThat(((RehearsalException) e).errorCode())
                    .isEqualTo(AwsErrorCode.MALFORMED_POLICY_DOCUMENT));
  }

  static Stream<Arguments> notAJsonObject() {
    return Stream.of(
        Arguments.of("", "empty"),
        Arguments.of("   ", "empty"),
        Arguments.of("{", "not valid JSON"),
        Arguments.of("{'Statement': []} trailing", "not valid JSON"),
        Arguments.of("{'Statement': [], 'Statement': []}", "not valid JSON"),
        Arguments.of("[]", "a list"),
        Arguments.of("'Allow'", "the string \"Allow\""),
        Arguments.of("null", "null"),
        Arguments.of("42", "number 42"),
        Arguments.of("[".repeat(5000), "not valid JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notAJsonObject")
  void parse_whenNotAJsonObject_isSyntaxError_perBoto3Issue180(String text, String names) {
    assertMalformed(json(text), PolicyKind.ANY, SYNTAX, names);
  }

  static Stream<Arguments> unknownFields() {
    return Stream.of(
        Arguments.of(
            json("{'Version': '2012-10-17', 'Statements': []}"), "Unknown field Statements"),
        Arguments.of(
            json("{'Statement': [{'Effect': 'Allow', 'Action': '*'}], 'Condition': {}}"),
            "Unknown field Condition in the policy"),
        Arguments.of(
            statement("'Effect': 'Allow', 'Action': '*', 'Foo': 'bar'"),
            "Unknown field Foo in Statement[0]"),
        Arguments.of(
            statement("'Effect': 'Allow', 'action': '*'"), "Unknown field action in Statement[0]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unknownFields")
  void parse_whenFieldUnknown_isSyntaxError_perIamPolicyGrammar(String json, String names) {
    assertMalformed(json, PolicyKind.ANY, SYNTAX, names);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lowercaseEffects")
  void parse_whenEffectIsLowercase_isMalformed_perIamElementReference(String effect) {
    // IAM's grammar reads Effect case-insensitively, its legacy parser does not (iamy#65, moto).
    assertMalformed(
        statement("'Effect': '" + effect + "', 'Action': '*'"),
        PolicyKind.ANY,
        "The policy failed legacy parsing",
        "Statement[0].Effect is \"" + effect + "\"");
  }

  static Stream<String> lowercaseEffects() {
    return Stream.of("allow", "deny", "ALLOW", "dEnY");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notAnEffect")
  void parse_whenEffectIsNotAllowOrDeny_isSyntaxError_perIamEffectElement(
      String fields, String names) {
    assertMalformed(statement(fields), PolicyKind.ANY, SYNTAX, names);
  }

  static Stream<Arguments> notAnEffect() {
    return Stream.of(
        Arguments.of("'Effect': 'Permit', 'Action': '*'", "\"Permit\""),
        Arguments.of("'Effect': true, 'Action': '*'", "boolean true"),
        Arguments.of("'Effect': ['Allow'], 'Action': '*'", "a list"),
        Arguments.of("'Action': '*'", "Statement[0].Effect is missing"));
  }

  @Test
  void parse_whenSyntaxErrorFollowsLowercaseEffect_reportsSyntaxFirst_perMotoIamValidator() {
    String json =
        json(
            "{'Statement': [{'Effect': 'allow', 'Action': '*'}, {'Effect': 'Allow', 'Action': 1}]}");

    assertMalformed(json, PolicyKind.ANY, SYNTAX, "Statement[1].Action");
  }

  @ParameterizedTest(name = "{0} and {1}")
  @MethodSource("negatedPairs")
  void parse_whenElementAndItsNegationBothGiven_isSyntaxError_perIamPolicyGrammar(
      String field, String negated, String value) {
    String fields =
        "'Effect': 'Allow', 'Action': 's3:GetObject', '"
            + field
            + "': "
            + value
            + ", '"
            + negated
            + "': "
            + value;

    assertMalformed(
        statement(fields.replace("'Action': 's3:GetObject', 'Action'", "'Action'")),
        PolicyKind.ANY,
        SYNTAX,
        "has both " + field + " and " + negated);
  }

  static Stream<Arguments> negatedPairs() {
    return Stream.of(
        Arguments.of("Action", "NotAction", "'s3:*'"),
        Arguments.of("Resource", "NotResource", "'*'"),
        Arguments.of("Principal", "NotPrincipal", "'*'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noActions")
  void parse_whenNoActions_mustContainActions_perAwsCdkIssue7615(String fields) {
    assertMalformed(
        statement(fields),
        PolicyKind.ANY,
        "Policy statement must contain actions.",
        "Statement[0]");
  }

  static Stream<String> noActions() {
    return Stream.of(
        "'Effect': 'Allow', 'Resource': '*'",
        "'Effect': 'Allow', 'Action': [], 'Resource': '*'",
        "'Effect': 'Allow', 'NotAction': []");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badVersions")
  void parse_whenVersionIsNotAPolicyLanguageVersion_isSyntaxError_perIamVersionElement(
      String version, String names) {
    assertMalformed(
        json("{'Version': " + version + ", 'Statement': {'Effect': 'Allow', 'Action': '*'}}"),
        PolicyKind.ANY,
        SYNTAX,
        names);
  }

  static Stream<Arguments> badVersions() {
    return Stream.of(
        Arguments.of("'2012-10-18'", "\"2012-10-18\""),
        Arguments.of("'2012-10-17 '", "\"2012-10-17 \""),
        Arguments.of("''", "Version \"\""),
        Arguments.of("20121017", "Version must be a string"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStatements")
  void parse_whenStatementMissingOrEmpty_isSyntaxError_perIamStatementElement(
      String json, String names) {
    assertMalformed(json(json), PolicyKind.ANY, SYNTAX, names);
  }

  static Stream<Arguments> badStatements() {
    return Stream.of(
        Arguments.of("{'Version': '2012-10-17'}", "no Statement"),
        Arguments.of("{'Statement': []}", "an empty list"),
        Arguments.of("{'Statement': 'Allow'}", "Statement must be"),
        Arguments.of("{'Statement': ['Allow']}", "Statement[0] must be an object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownOperators")
  void parse_whenConditionOperatorUnknown_isSyntaxError_perIamConditionOperators(String operator) {
    assertMalformed(
        statement(
            "'Effect': 'Allow', 'Action': '*', 'Condition': {'"
                + operator
                + "': {'aws:username': 'x'}}"),
        PolicyKind.ANY,
        SYNTAX,
        "Statement[0].Condition: \"" + operator + "\" is not a condition operator");
  }

  static Stream<String> unknownOperators() {
    return Stream.of(
        "StringEqualz", "stringequals", "NullIfExists", "ForAnyValues:StringLike", "", "IfExists");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConditionValues")
  void parse_whenConditionValueIsNotScalar_isSyntaxError_perIamConditionElement(
      String condition, String names) {
    assertMalformed(
        statement("'Effect': 'Allow', 'Action': '*', 'Condition': " + condition),
        PolicyKind.ANY,
        SYNTAX,
        names);
  }

  static Stream<Arguments> badConditionValues() {
    return Stream.of(
        Arguments.of("{'StringEquals': {'aws:username': null}}", "StringEquals.aws:username"),
        Arguments.of("{'StringEquals': {'aws:username': {'a': 'b'}}}", "an object"),
        Arguments.of("{'StringEquals': {'aws:username': ['a', ['b']]}}", "aws:username[1]"),
        Arguments.of("{'StringEquals': 'aws:username'}", "object of condition keys"),
        Arguments.of("['StringEquals']", "object of condition operators"));
  }

  @Test
  void parse_whenSidRepeated_isMalformed_perIamSidElement() {
    String json =
        json(
            "{'Statement': [{'Sid': 'Push', 'Effect': 'Allow', 'Action': '*'},"
                + " {'Sid': 'Pull', 'Effect': 'Allow', 'Action': '*'},"
                + " {'Sid': 'Push', 'Effect': 'Deny', 'Action': '*'}]}");

    assertMalformed(
        json,
        PolicyKind.ANY,
        "Statement IDs (SID) in a single policy must be unique.",
        "\"Push\" is used by Statement[0] and Statement[2]");
  }

  @Test
  void parse_whenEmptySidRepeated_isAccepted_perMotoIamValidator() {
    String json =
        json(
            "{'Statement': [{'Sid': '', 'Effect': 'Allow', 'Action': '*'},"
                + " {'Sid': '', 'Effect': 'Allow', 'Action': '*'}]}");

    assertThatCode(() -> PolicyParser.parse(json)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("iamPolicyKinds")
  void parse_whenSidNotAlphanumericInIamPolicy_isMalformed_perCloudTrailCreatePolicyRecord(
      PolicyKind kind) {
    String principal = kind == PolicyKind.TRUST ? FEDERATED + ", " : "";
    String resource = kind == PolicyKind.IDENTITY ? ", 'Resource': '*'" : "";

    assertMalformed(
        statement(
            "'Sid': 'Atomic_Red_Team', 'Effect': 'Allow', "
                + principal
                + "'Action': 'sts:AssumeRoleWithWebIdentity'"
                + resource),
        kind,
        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular"
            + " expression [0-9A-Za-z]*",
        "\"Atomic_Red_Team\"");
  }

  static Stream<PolicyKind> iamPolicyKinds() {
    return Stream.of(PolicyKind.TRUST, PolicyKind.IDENTITY);
  }

  @Test
  void parse_whenSidHasSpacesInResourcePolicy_isAccepted_perThinkinglabsIssue5() {
    String json =
        statement(
            "'Sid': 'Allow pull', 'Effect': 'Allow', 'Principal': '*', 'Action': 'ecr:BatchGetImage'");

    assertThatCode(() -> PolicyParser.parse(json, PolicyKind.RESOURCE)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badActions")
  void parse_whenActionNotServiceColonAction_isMalformed_perMotoIamValidatorAndKappaIssue111(
      String action, String iamText) {
    assertMalformed(
        statement("'Effect': 'Allow', 'Action': ['s3:GetObject', '" + action + "']"),
        PolicyKind.ANY,
        iamText,
        "Statement[0].Action has \"" + action + "\"");
  }

  static Stream<Arguments> badActions() {
    String noVendor = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
    return Stream.of(
        Arguments.of("GetObject", noVendor),
        Arguments.of("", noVendor),
        Arguments.of("**", noVendor),
        Arguments.of("s3:Get:Object", "Actions/Condition can contain only one colon."),
        Arguments.of("s 3:GetObject", "Vendor s 3 is not valid"),
        Arguments.of(":GetObject", "Vendor  is not valid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badResources")
  void parse_whenResourceNotArn_isMalformed_perCloudTrailCreatePolicyRecord(
      String field, String resource, String iamText) {
    assertMalformed(
        statement("'Effect': 'Allow', 'Action': 'ecr:*', '" + field + "': '" + resource + "'"),
        PolicyKind.ANY,
        iamText,
        "Statement[0]." + field);
  }

  static Stream<Arguments> badResources() {
    String registry = "174313347505.dkr.ecr.us-west-2.amazonaws.com/mhart-experimental";
    return Stream.of(
        Arguments.of(
            "Resource", registry, "Resource " + registry + " must be in ARN format or \"*\"."),
        Arguments.of("NotResource", "bucket", "Resource bucket must be in ARN format or \"*\"."),
        Arguments.of(
            "Resource",
            "arn:aws:ecr:us-east-1:repository/x",
            "Resource arn:aws:ecr:us-east-1:repository/x must be in ARN format or \"*\"."),
        Arguments.of(
            "Resource",
            "arn:awz:s3:::bucket",
            "Partition \"awz\" is not valid for resource \"arn:awz:s3:::bucket\"."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("principals")
  void parse_whenIdentityPolicyNamesPrincipal_isMalformed_perTerraformIssue13449(String principal) {
    assertMalformed(
        statement("'Effect': 'Allow', " + principal + ", 'Action': 'ecr:*', 'Resource': '*'"),
        PolicyKind.IDENTITY,
        "Policy document should not specify a principal.",
        "Statement[0] has ");
  }

  static Stream<String> principals() {
    return Stream.of(FEDERATED, "'Principal': '*'", "'NotPrincipal': {'AWS': '123456789012'}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noResources")
  void parse_whenIdentityPolicyHasNoResource_mustContainResources_perTrussworksIssue28(
      String fields) {
    assertMalformed(
        statement(fields),
        PolicyKind.IDENTITY,
        "Policy statement must contain resources.",
        "Statement[0]");
  }

  static Stream<String> noResources() {
    return Stream.of(
        "'Effect': 'Allow', 'Action': 'ecr:*'",
        "'Effect': 'Allow', 'Action': 'ecr:*', 'Resource': []");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resourceFields")
  void parse_whenTrustPolicyHasResource_hasProhibitedField_perTerraformIssue34231(String field) {
    assertMalformed(
        statement(
            "'Effect': 'Allow', "
                + FEDERATED
                + ", 'Action': 'sts:AssumeRoleWithWebIdentity', '"
                + field
                + "': '*'"),
        PolicyKind.TRUST,
        "Has prohibited field " + field,
        "Statement[0] has " + field);
  }

  static Stream<String> resourceFields() {
    return Stream.of("Resource", "NotResource");
  }

  @Test
  void parse_whenTrustPolicyHasNoPrincipal_isInvalidPrincipal_perTerraformProviderAwsIssue7756() {
    assertMalformed(
        statement("'Effect': 'Allow', 'Action': 'sts:AssumeRoleWithWebIdentity'"),
        PolicyKind.TRUST,
        "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in"
            + " policy has a statement with no principals!",
        "Statement[0] has no Principal");
  }

  @Test
  void parse_whenResourcePolicyHasNoPrincipal_isMissingRequiredField_perS3UploadsIssue191() {
    assertMalformed(
        statement("'Effect': 'Allow', 'Action': 'ecr:BatchGetImage'"),
        PolicyKind.RESOURCE,
        "Missing required field Principal",
        "Statement[0] has no Principal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPrincipals")
  void parse_whenPrincipalTypeOrValueInvalid_isInvalidPrincipal_perTerraformProviderAwsIssue8905(
      String principal, String iamText) {
    assertMalformed(
        statement("'Effect': 'Allow', " + principal + ", 'Action': 'sts:AssumeRole'"),
        PolicyKind.TRUST,
        iamText,
        "Statement[0].Principal");
  }

  static Stream<Arguments> invalidPrincipals() {
    return Stream.of(
        Arguments.of(
            "'Principal': {'Federated': ['x', ' ']}",
            "Invalid principal in policy: \"Federated\":\" \""),
        Arguments.of(
            "'Principal': {'AWS': 'acme'}", "Invalid principal in policy: \"AWS\":\"acme\""),
        Arguments.of(
            "'Principal': {'OIDC': 'token.actions.githubusercontent.com'}",
            "Invalid principal in policy: \"OIDC\":\"token.actions.githubusercontent.com\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPrincipalShapes")
  void parse_whenPrincipalShapeWrong_isSyntaxError_perIamPrincipalElement(
      String principal, String names) {
    assertMalformed(
        statement("'Effect': 'Allow', " + principal + ", 'Action': 'sts:AssumeRole'"),
        PolicyKind.ANY,
        SYNTAX,
        names);
  }

  static Stream<Arguments> badPrincipalShapes() {
    return Stream.of(
        Arguments.of(
            "'Principal': 'arn:aws:iam::123456789012:root'", "Statement[0].Principal must be"),
        Arguments.of("'Principal': {}", "Statement[0].Principal must be"),
        Arguments.of("'Principal': {'AWS': []}", "Statement[0].Principal.AWS must name"),
        Arguments.of("'NotPrincipal': {'AWS': [1]}", "Statement[0].NotPrincipal.AWS[0]"));
  }

  @Test
  void parse_whenLargerThanQuota_isLimitExceeded_perKubeflowIssue6687() {
    String big = statement("'Effect': 'Allow', 'Action': 's3:" + "x".repeat(2048) + "'");

    assertThatThrownBy(() -> PolicyParser.parse(big, PolicyKind.ANY, SizeQuota.aclSizePerRole()))
        .isInstanceOf(RehearsalException.class)
        .isNotInstanceOf(MalformedPolicyDocumentException.class)
        .hasMessageStartingWith("Cannot exceed quota for ACLSizePerRole: 2048.")
        .satisfies(
            e ->
                assertThat(((RehearsalException) e).errorCode())
                    .isEqualTo(AwsErrorCode.LIMIT_EXCEEDED));
  }

  @Test
  void parse_whenOnlyWhiteSpaceExceedsQuota_parses_perIamQuotasDoc() {
    // IAM User Guide, "IAM and AWS STS quotas": white space does not count against the quota.
    String padded = SeedPolicies.TRUST_POLICY + " ".repeat(4096);

    assertThatCode(() -> PolicyParser.parse(padded, PolicyKind.TRUST, SizeQuota.aclSizePerRole()))
        .doesNotThrowAnyException();
  }

  @Test
  void parse_whenTreeLargerThanQuota_isLimitExceeded() throws Exception {
    var tree =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(SeedPolicies.PERMISSION_POLICY);

    assertThatThrownBy(
            () -> PolicyParser.parse(tree, PolicyKind.IDENTITY, new SizeQuota("PolicySize", 100)))
        .hasMessageStartingWith("Cannot exceed quota for PolicySize: 100.");
  }

  static Stream<Arguments> validPolicies() {
    return Stream.of(
        Arguments.of(SeedPolicies.TRUST_POLICY, PolicyKind.TRUST),
        Arguments.of(SeedPolicies.PERMISSION_POLICY, PolicyKind.IDENTITY),
        Arguments.of(SeedPolicies.TRUST_POLICY, PolicyKind.ANY),
        Arguments.of(
            json(
                "{'Version': '2008-10-17', 'Id': 'x y', 'Statement': {'Effect': 'Deny', 'Action':"
                    + " '*', 'Principal': {'AWS': ['*', '123456789012'], 'Service': 'ecs.amazonaws.com'}}}"),
            PolicyKind.RESOURCE),
        Arguments.of(
            statement(
                "'Effect': 'Allow', 'Action': 'ecr:*', 'Resource': ['arn:*:ecr:*:*:repository/*',"
                    + " 'arn:aws-cn:s3:::b'], 'Condition': {'Bool': {'aws:SecureTransport': false},"
                    + " 'NumericLessThan': {'s3:max-keys': [10, 20]}, 'StringEquals': {}}"),
            PolicyKind.IDENTITY));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("validPolicies")
  void parse_whenValid_parses_perIamPolicyGrammar(String json, PolicyKind kind) {
    assertThatCode(() -> PolicyParser.parse(json, kind)).doesNotThrowAnyException();
  }
}
