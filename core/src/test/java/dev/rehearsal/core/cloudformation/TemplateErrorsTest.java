package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.error.AwsErrorCode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates CloudFormation refuses, each with CloudFormation's message (as {@code ValidateTemplate}
 * and {@code CreateStack} answer with {@code ValidationError}; the texts are those the AWS
 * knowledge-center article "How do I resolve CloudFormation template validation errors" and stack
 * events show), and templates using what this rehearsal does not model, each named with its line.
 */
class TemplateErrorsTest {
  private static final String ROLE =
      """
        R:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - {Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}
      """;

  static Stream<Arguments> templates() {
    return Stream.of(
        Arguments.of(
            "Resources:\n  A: {Type: AWS::ECR::Repository, Properties: {RepositoryName: !Ref Nope}}\n",
            "Template format error: Unresolved resource dependencies [Nope] in the Resources block"
                + " of the template",
            2),
        Arguments.of(
            "Resources:\n  A: {Type: AWS::ECR::Repository, DependsOn: [Ghost]}\n",
            "Template format error: Unresolved resource dependencies [Ghost] in the Resources"
                + " block of the template",
            2),
        Arguments.of(
            "Resources:\n"
                + "  A: {Type: AWS::ECR::Repository, Properties: {RepositoryName: !Ref B}}\n"
                + "  B: {Type: AWS::ECR::Repository, Properties: {RepositoryName: !Sub '${A}x'}}\n",
            "Circular dependency between resources: [A, B]",
            2),
        Arguments.of(
            "Resources:\n  A: {Type: AWS::ECR::Repository, DependsOn: A}\n",
            "Circular dependency between resources: [A]",
            2),
        Arguments.of(
            "Resources:\n" + ROLE + "Outputs:\n  O: {Value: !GetAtt R.Nope}\n",
            "Template error: resource R does not support attribute type Nope in Fn::GetAtt",
            9),
        Arguments.of(
            "Resources:\n" + ROLE + "Outputs:\n  O: {Value: !GetAtt X.Arn}\n",
            "Template error: instance of Fn::GetAtt references undefined resource X",
            9),
        Arguments.of(
            "Resources:\n" + ROLE + "Outputs:\n  O: {Value: !Ref Y}\n",
            "Template format error: Unresolved resource dependencies [Y] in the Outputs block of"
                + " the template",
            9),
        Arguments.of(
            "Resources:\n  B:\n    Type: AWS::S3::Bucket\n",
            "Unsupported resource type AWS::S3::Bucket of resource B at line 3, column 5",
            3),
        Arguments.of(
            "Resources:\n  B: {Type: Bucket}\n",
            "Template format error: Unrecognized resource types: [Bucket]",
            2),
        Arguments.of(
            "Resources:\n  B: {Properties: {}}\n",
            "Template format error: Every Resources object must contain a Type member.",
            2),
        Arguments.of(
            "Resources:\n  B: {Type: AWS::ECR::Repository, Foo: 1}\n",
            "Template format error: Invalid template resource property 'Foo'",
            2),
        Arguments.of(
            "Resources:\n  A:\n    Type: AWS::ECR::Repository\n    Properties:\n"
                + "      RepositoryName: !FindInMap [M, K, V]\n",
            "Unsupported intrinsic function Fn::FindInMap at line 5",
            5),
        Arguments.of(
            "Resources:\n  A:\n    Type: AWS::ECR::Repository\n    Properties:\n"
                + "      RepositoryName: {'Fn::Nope': x}\n",
            "Template format error: Encountered unsupported function: Fn::Nope at line 5",
            5),
        Arguments.of(
            "Transform: AWS::Serverless-2016-10-31\nResources:\n  A: {Type: AWS::ECR::Repository}\n",
            "Unsupported template section Transform at line 1, column 1",
            1),
        Arguments.of(
            "Foo: 1\nResources:\n  A: {Type: AWS::ECR::Repository}\n",
            "Template format error: Invalid template property or properties [Foo]",
            1),
        Arguments.of(
            "Description: nothing\n",
            "Template format error: At least one Resources member must be defined.",
            0),
        Arguments.of(
            "Resources:\n  A: {Type: AWS::ECR::Repository, Condition: Nope}\n",
            "Template format error: Unresolved condition dependencies [Nope]",
            2),
        Arguments.of(
            "Resources:\n" + ROLE + "Outputs:\n  O: {Value: x, Condition: Nope}\n",
            "Template format error: Unresolved condition dependencies [Nope] in the Outputs block",
            9),
        Arguments.of(
            "Resources:\n" + ROLE + "Outputs:\n  O: {Value: !If [Nope, a, b]}\n",
            "Template error: unresolved condition dependency Nope in Fn::If",
            9),
        Arguments.of(
            "Conditions:\n  C: !Equals [!Ref A, x]\nResources:\n  A: {Type: AWS::ECR::Repository}\n",
            "Template format error: Unresolved dependencies [A]. Cannot reference resources in the"
                + " Conditions block of the template",
            2),
        Arguments.of(
            "Conditions:\n  C: !Not [!Condition D]\n  D: !Not [!Condition C]\n"
                + "Resources:\n  A: {Type: AWS::ECR::Repository}\n",
            "Circular dependency between conditions: [C, D]",
            2),
        Arguments.of(
            "Parameters:\n  P: {Type: Strin}\nResources:\n  A: {Type: AWS::ECR::Repository}\n",
            "Template format error: Unrecognized parameter type: Strin",
            2),
        Arguments.of(
            "Parameters:\n  P: {Default: x}\nResources:\n  A: {Type: AWS::ECR::Repository}\n",
            "Template format error: Every Parameters object must contain a Type member.",
            2),
        Arguments.of(
            "Parameters:\n  P: {Type: String, Nope: x}\nResources:\n  A: {Type: AWS::ECR::Repository}\n",
            "Template format error: Invalid template parameter property 'Nope'",
            2),
        Arguments.of(
            "Resources:\n  A: [unclosed\n",
            "Template format error: YAML not well-formed. (line ",
            0),
        Arguments.of(
            "Resources:\n  A: !Nope x\n",
            "Template format error: YAML not well-formed. (line 2, column 6) unknown tag !Nope",
            2),
        Arguments.of(
            "Resources:\n  A: {Type: AWS::ECR::Repository}\n  A: {Type: AWS::ECR::Repository}\n",
            "Template format error: YAML not well-formed. (line 3, column 3) duplicate key A",
            3),
        Arguments.of(
            "{\"Resources\": {\"A\": {\"Type\": \"AWS::ECR::Repository\"},}}",
            "Template format error: JSON not well-formed. (line 1, column ",
            1),
        Arguments.of(
            "{\"Resources\": {\"A\": {}, \"A\": {}}}",
            "Template format error: JSON not well-formed. (line 1, column ",
            1));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("templates")
  void parse_refusedTemplate_givesValidationErrorWithMessageAndLine(
      String template, String message, int line) {
    TemplateException error =
        catchThrowableOfType(TemplateException.class, () -> Template.parse(template));

    assertThat(error).isNotNull();
    assertThat(error.errorCode()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
    assertThat(error.getMessage()).startsWith(message);
    if (line > 0) {
      assertThat(error.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(line));
    }
  }

  static Stream<Arguments> stacks() {
    String selectTemplate =
        "Resources:\n  A:\n    Type: AWS::ECR::Repository\n    Properties:\n"
            + "      RepositoryName: !Select [5, [a, b]]\n";
    String excluded =
        "Conditions:\n  Never: !Equals [a, b]\nResources:\n"
            + "  A: {Type: AWS::ECR::Repository, Condition: Never}\n"
            + "  B: {Type: AWS::ECR::Repository, Properties: {RepositoryName: !Ref A}}\n";
    String equalsInProperty =
        "Resources:\n  A:\n    Type: AWS::ECR::Repository\n    Properties:\n"
            + "      RepositoryName: !Equals [a, b]\n";
    String joinOfText =
        "Resources:\n  A:\n    Type: AWS::ECR::Repository\n    Properties:\n"
            + "      RepositoryName: !Join [',', abc]\n";
    return Stream.of(
        Arguments.of(
            selectTemplate,
            "Template error: Fn::Select cannot select nonexistent value at index 5",
            5),
        Arguments.of(
            excluded,
            "Template format error: Unresolved resource dependencies [A] in the Resources block of"
                + " the template",
            5),
        Arguments.of(
            equalsInProperty, "Template format error: Fn::Equals is a condition function", 5),
        Arguments.of(joinOfText, JOIN_MESSAGE, 5));
  }

  private static final String JOIN_MESSAGE =
      "Template error: every Fn::Join object requires two parameters";

  @ParameterizedTest(name = "{1}")
  @MethodSource("stacks")
  void resolve_misusedFunction_givesValidationErrorWithMessageAndLine(
      String template, String message, int line) {
    Template parsed = Template.parse(template);
    StackSettings settings = StackSettings.of("s", "us-east-1", "123456789012", Map.of());

    TemplateException error =
        catchThrowableOfType(TemplateException.class, () -> parsed.resolve(settings));

    assertThat(error).isNotNull();
    assertThat(error.getMessage()).startsWith(message);
    assertThat(error.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(line));
  }
}
