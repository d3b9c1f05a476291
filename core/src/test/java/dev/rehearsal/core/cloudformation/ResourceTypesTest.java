package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.cloudformation.resource.ManagedPolicyResource;
import dev.rehearsal.core.cloudformation.resource.RepositoryResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each resource type of the flow becomes, per its page in the User Guide's resource reference.
 */
class ResourceTypesTest {
  private static final StackSettings STACK =
      StackSettings.of("ci", "us-east-1", "123456789012", Map.of());

  private static ResolvedStack resolve(String template) {
    return Template.parse(template).resolve(STACK);
  }

  @Test
  void role_withoutName_getsStackLogicalIdRandom_perNameType() {
    RoleResource role = resolve(Templates.roleWith("")).roles().get(0);

    assertThat(role.name()).matches("ci-R-[A-Z0-9]{12}");
    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/" + role.name());
  }

  @Test
  void generatedNames_areReproducibleForASeed_andDifferAcrossSeeds() {
    Template template = Template.parse(Templates.roleWith(""));

    String first = template.resolve(STACK).roles().get(0).name();
    String again = template.resolve(STACK).roles().get(0).name();
    String other = template.resolve(STACK.withSeed(7)).roles().get(0).name();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(template.resolve(STACK).stackId())
        .matches("arn:aws:cloudformation:us-east-1:123456789012:stack/ci/[0-9a-f-]{36}");
  }

  @Test
  void role_withLongStackName_isTruncatedToIamsSixtyFourCharacters() {
    StackSettings longName =
        StackSettings.of("a".repeat(80), "us-east-1", "123456789012", Map.of());

    String name = Template.parse(Templates.roleWith("")).resolve(longName).roles().get(0).name();

    assertThat(name).hasSize(64).matches("a+-[A-Z0-9]{12}");
  }

  @Test
  void role_properties_becomeTheTypedView() {
    RoleResource role =
        resolve(
                Templates.roleWith(
                    """
                    RoleName: deploy
                    Path: /ci/
                    MaxSessionDuration: 7200
                    Description: pushes images
                    ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
                    Tags: [{Key: team, Value: platform}]
                    Policies:
                      - PolicyName: inline
                        PolicyDocument:
                          Version: '2012-10-17'
                          Statement: [{Effect: Allow, Action: 'ecr:*', Resource: '*'}]
                    """))
            .roles()
            .get(0);

    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/ci/deploy");
    assertThat(role.maxSessionDuration()).isEqualTo(7200);
    assertThat(role.description()).contains("pushes images");
    assertThat(role.managedPolicyArns()).containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
    assertThat(role.tags()).containsEntry("team", "platform");
    assertThat(role.inlinePolicies()).singleElement().extracting(p -> p.name()).isEqualTo("inline");
  }

  @Test
  void fnIfWithNoValue_removesTheProperty_perPseudoParameters() {
    ResolvedStack stack =
        resolve(
            "Conditions:\n  Never: !Equals [a, b]\n"
                + Templates.roleWith("Description: !If [Never, text, !Ref AWS::NoValue]"));

    assertThat(stack.roles().get(0).description()).isEmpty();
    assertThat(stack.resource("R").orElseThrow().properties().has("Description")).isFalse();
  }

  @Test
  void role_sessionDurationOutOfRange_isRefusedAsSchemaValidation() {
    assertThatThrownBy(() -> resolve(Templates.roleWith("MaxSessionDuration: 100")))
        .hasMessage(
            "Properties validation failed for resource R with message:"
                + " #/MaxSessionDuration: 100 is not greater or equal to 3600");
  }

  @Test
  void role_unknownProperty_isExtraneous() {
    assertThatThrownBy(() -> resolve(Templates.roleWith("Nope: 1")))
        .hasMessage(
            "Properties validation failed for resource R with message:"
                + " #: extraneous key [Nope] is not permitted");
  }

  @Test
  void role_withoutTrustPolicy_isMissingRequiredKey() {
    assertThatThrownBy(() -> resolve("Resources:\n  R: {Type: AWS::IAM::Role}\n"))
        .hasMessage(
            "Properties validation failed for resource R with message:"
                + " #: required key [AssumeRolePolicyDocument] not found");
  }

  @Test
  void role_malformedTrustPolicy_carriesIamsMalformedPolicyDocument() {
    String template =
        "Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n"
            + "      AssumeRolePolicyDocument:\n"
            + "        Statement: [{Effect: Maybe, Principal: '*', Action: sts:AssumeRole}]\n";

    assertThatThrownBy(() -> resolve(template))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("Error Code: MalformedPolicyDocument")
        .hasCauseInstanceOf(MalformedPolicyDocumentException.class)
        .satisfies(
            e -> assertThat(((TemplateException) e).location().orElseThrow().line()).isEqualTo(5));
  }

  @Test
  void managedPolicy_refIsTheArn_andGetAttGivesItsId() {
    ManagedPolicyResource policy =
        resolve(
                """
                Resources:
                  P:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      Path: /ci/
                      PolicyDocument:
                        Version: '2012-10-17'
                        Statement: [{Effect: Allow, Action: 'ecr:*', Resource: '*'}]
                """)
            .managedPolicies()
            .get(0);

    assertThat(policy.arn()).matches("arn:aws:iam::123456789012:policy/ci/ci-P-[A-Z0-9]{12}");
    assertThat(policy.policyId()).startsWith("ANPA").hasSize(21);
  }

  @Test
  void repository_withoutName_getsALowerCaseName_andItsUri() {
    RepositoryResource repository =
        resolve(
                "Resources:\n  Images:\n    Type: AWS::ECR::Repository\n"
                    + "    Properties: {ImageTagMutability: IMMUTABLE}\n")
            .repositories()
            .get(0);

    assertThat(repository.name()).matches("ci-images-[a-z0-9]{12}");
    assertThat(repository.uri())
        .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/" + repository.name());
    assertThat(repository.imageTagMutability()).isEqualTo("IMMUTABLE");
  }

  @Test
  void repository_inChina_usesTheChinaPartitionAndUrlSuffix_perPseudoParameters() {
    StackSettings china = StackSettings.of("ci", "cn-north-1", "123456789012", Map.of());

    RepositoryResource repository =
        Template.parse(
                "Resources:\n  Images: {Type: AWS::ECR::Repository, Properties: {RepositoryName: app}}\n")
            .resolve(china)
            .repositories()
            .get(0);

    assertThat(repository.arn()).isEqualTo("arn:aws-cn:ecr:cn-north-1:123456789012:repository/app");
    assertThat(repository.uri()).isEqualTo("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app");
  }

  @Test
  void repository_upperCaseName_isRefused() {
    assertThatThrownBy(
            () ->
                resolve(
                    "Resources:\n  I: {Type: AWS::ECR::Repository, Properties: {RepositoryName: App}}\n"))
        .hasMessageStartingWith(
            "Properties validation failed for resource I with message: #/RepositoryName: string [App]");
  }

  @Test
  void output_export_isResolved() {
    ResolvedStack stack =
        resolve(
            Templates.roleWith("RoleName: r")
                + "Outputs:\n  Arn:\n    Value: !GetAtt R.Arn\n"
                + "    Export: {Name: !Sub '${AWS::StackName}-RoleArn'}\n");

    assertThat(stack.output("Arn").orElseThrow().exportName()).contains("ci-RoleArn");
  }

  @Test
  void stackSettings_badStackName_isRefusedWithCreateStacksConstraint() {
    assertThatThrownBy(() -> StackSettings.of("1bad", "us-east-1", "123456789012", Map.of()))
        .hasMessageContaining("Value '1bad' at 'stackName' failed to satisfy constraint");
  }
}
