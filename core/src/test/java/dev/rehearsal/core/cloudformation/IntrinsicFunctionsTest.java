package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every intrinsic function and pseudo parameter, short and long form, resolved as the User Guide's
 * "Intrinsic function reference" and "Pseudo parameters reference" describe (each case names its
 * page). The expression is an output's value, so what it resolves to is what DescribeStacks shows.
 */
class IntrinsicFunctionsTest {
  private static final String TEMPLATE =
      """
      Parameters:
        Org: {Type: String, Default: acme}
        Names: {Type: CommaDelimitedList, Default: "a,b,c"}
        Ports: {Type: List<Number>, Default: "80,443"}
        Env: {Type: String, Default: prod, AllowedValues: [prod, dev]}
        Size: {Type: Number, Default: 3}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
        IsDev: !Not [!Condition IsProd]
        Both: !And [!Condition IsProd, !Equals [a, a]]
        Either: !Or [!Condition IsDev, !Equals [!Ref Org, acme]]
        SizeIsThree: {"Fn::Equals": [{"Ref": "Size"}, 3]}
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties: {RepositoryName: app}
        Role:
          Type: AWS::IAM::Role
          Properties:
            RoleName: ci-role
            Path: /ci/
            AssumeRolePolicyDocument:
              Statement:
                - {Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}
        Managed:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            ManagedPolicyName: push
            Roles: [!Ref Role]
            PolicyDocument:
              Version: 2012-10-17
              Statement:
                - {Effect: Allow, Action: ecr:PutImage, Resource: !GetAtt Repo.Arn}
        Provider:
          Type: AWS::IAM::OIDCProvider
          Properties:
            Url: https://token.actions.githubusercontent.com
            ClientIdList: [sts.amazonaws.com]
      Outputs:
        Out:
          Value: %s
      """;

  private static final StackSettings DEFAULTS =
      StackSettings.of("github-oidc", Templates.REGION, Templates.ACCOUNT, Map.of());

  static Stream<Arguments> cases() {
    return Stream.of(
        // Ref: parameters, pseudo parameters, and each type's Ref return value.
        Arguments.of("!Ref Org", "acme"),
        Arguments.of("{Ref: Size}", "3"),
        Arguments.of("!Ref AWS::Region", "us-east-1"),
        Arguments.of("!Ref AWS::AccountId", "123456789012"),
        Arguments.of("!Ref AWS::Partition", "aws"),
        Arguments.of("!Ref AWS::StackName", "github-oidc"),
        Arguments.of("!Ref AWS::URLSuffix", "amazonaws.com"),
        Arguments.of("!Ref Repo", "app"),
        Arguments.of("!Ref Role", "ci-role"),
        Arguments.of("!Ref Managed", "arn:aws:iam::123456789012:policy/push"),
        Arguments.of(
            "!Ref Provider",
            "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"),
        // Fn::GetAtt, both short forms and the long form.
        Arguments.of("!GetAtt Repo.Arn", "arn:aws:ecr:us-east-1:123456789012:repository/app"),
        Arguments.of(
            "!GetAtt [Repo, RepositoryUri]", "123456789012.dkr.ecr.us-east-1.amazonaws.com/app"),
        Arguments.of("{'Fn::GetAtt': [Role, Arn]}", "arn:aws:iam::123456789012:role/ci/ci-role"),
        Arguments.of("!GetAtt Managed.PolicyArn", "arn:aws:iam::123456789012:policy/push"),
        Arguments.of("!GetAtt Managed.DefaultVersionId", "v1"),
        Arguments.of("!GetAtt Managed.AttachmentCount", "1"),
        Arguments.of(
            "!GetAtt Provider.Arn",
            "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"),
        // Fn::Sub: variables, attributes, literal ${!...}, a variable map, the long form.
        Arguments.of("!Sub '${Org}-${AWS::Region}'", "acme-us-east-1"),
        Arguments.of(
            "!Sub '${Repo.RepositoryUri}:latest'",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"),
        Arguments.of("!Sub '${!Literal}-${Org}'", "${Literal}-acme"),
        Arguments.of("!Sub ['${A}-${Org}', {A: !Ref Env}]", "prod-acme"),
        Arguments.of("{'Fn::Sub': 'repo:${Org}/*'}", "repo:acme/*"),
        Arguments.of("!Sub 'no variables'", "no variables"),
        // Fn::Join, Fn::Select, Fn::Split.
        Arguments.of("!Join ['-', [a, b, c]]", "a-b-c"),
        Arguments.of("!Join [',', !Ref Names]", "a,b,c"),
        Arguments.of("!Join [',', !Ref Ports]", "80,443"),
        Arguments.of("!Join ['', []]", ""),
        Arguments.of("{'Fn::Join': ['/', [{Ref: Org}, x]]}", "acme/x"),
        Arguments.of("!Select [1, !Ref Names]", "b"),
        Arguments.of("!Select ['0', [x, y]]", "x"),
        Arguments.of("!Select [2, !Split [',', 'x,y,z']]", "z"),
        Arguments.of("!Join ['|', !Split [',', 'a,,b']]", "a||b"),
        Arguments.of("!Join ['|', !Split ['::', 'AWS::IAM::Role']]", "AWS|IAM|Role"),
        // Condition functions and Fn::If, with AWS::NoValue removing a list item.
        Arguments.of("!If [IsProd, in-prod, elsewhere]", "in-prod"),
        Arguments.of("!If [IsDev, in-dev, elsewhere]", "elsewhere"),
        Arguments.of("!If [Both, both, not-both]", "both"),
        Arguments.of("!If [Either, either, neither]", "either"),
        Arguments.of("!If [SizeIsThree, three, other]", "three"),
        Arguments.of("!Join ['', [!Ref Org, !Ref AWS::NoValue, x]]", "acmex"),
        Arguments.of("!Join ['', [a, !If [IsDev, b, !Ref AWS::NoValue], c]]", "ac"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void resolve_intrinsic_givesWhatCloudFormationDocuments(String expression, String expected) {
    ResolvedStack stack = Template.parse(TEMPLATE.formatted(expression)).resolve(DEFAULTS);

    assertThat(stack.output("Out").orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolve_jsonFormOfTheSameTemplate_resolvesIdentically(String expression, String expected) {
    Template yaml = Template.parse(TEMPLATE.formatted(expression));
    Template json = Template.parse(yaml.source().root().toPrettyString());

    assertThat(json.resolve(DEFAULTS))
        .usingRecursiveComparison()
        .ignoringFields("source")
        .isEqualTo(yaml.resolve(DEFAULTS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolve_withOverriddenParameters_usesTheOverride(String expression, String ignored) {
    StackSettings dev =
        StackSettings.of("other", "eu-west-1", "210987654321", Map.of("Env", "dev", "Org", "o"));

    ResolvedStack stack = Template.parse(TEMPLATE.formatted(expression)).resolve(dev);

    assertThat(stack.conditions()).containsEntry("IsProd", false).containsEntry("IsDev", true);
    assertThat(stack.output("Out")).isPresent();
  }
}
