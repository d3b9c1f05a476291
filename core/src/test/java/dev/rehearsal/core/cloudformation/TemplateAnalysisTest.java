package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.cloudformation.resource.OpaqueResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.cloudformation.symbol.Unresolved;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template read for analysis ({@link Template#parseForAnalysis}): types outside the flow are
 * opaque, SAM's transform is read past, parameters without values and functions not evaluated are
 * symbols, each named where it is used; deploying ({@link Template#parse}) still refuses them.
 */
class TemplateAnalysisTest {
  private static final StackSettings NO_PARAMETERS =
      StackSettings.of("ci", "us-east-1", "123456789012", Map.of());

  @Test
  void parseForAnalysis_whenTypesOutsideTheFlow_carriesThemOpaque() {
    ResolvedStack stack =
        Template.parseForAnalysis(Templates.resource("/analysis/mixed-stack.yaml"))
            .resolve(NO_PARAMETERS);

    assertThat(stack.opaqueResources())
        .extracting(OpaqueResource::logicalId, OpaqueResource::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ArtifactBucket", "AWS::S3::Bucket"),
            org.assertj.core.groups.Tuple.tuple("Handler", "AWS::Lambda::Function"));
    RoleResource deploy =
        stack.roles().stream().filter(r -> r.name().equals("github-deploy")).findFirst().get();
    assertThat(deploy.inlinePolicies().get(0).document().toString())
        .contains("{{ArtifactBucket.Arn}}/*")
        .contains("{{Handler.Arn}}");
    assertThat(stack.resource("Handler").get().physicalId()).isEqualTo("{{Handler}}");
  }

  @Test
  void parse_whenTypesOutsideTheFlow_stillRefusesThem() {
    assertThatThrownBy(() -> Template.parse(Templates.resource("/analysis/mixed-stack.yaml")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining(
            "Unsupported resource type AWS::S3::Bucket of resource ArtifactBucket");
  }

  @Test
  void resolve_whenParametersHaveNoValue_namesEachUseBySymbol() {
    ResolvedStack stack =
        Template.parseForAnalysis(Templates.resource("/analysis/mixed-stack.yaml"))
            .resolve(NO_PARAMETERS);

    assertThat(stack.unresolved())
        .filteredOn(u -> u.kind() == Unresolved.Kind.PARAMETER)
        .extracting(Unresolved::symbol, Unresolved::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "{{GitHubOrg}}",
                "/Resources/DeployRole/Properties/AssumeRolePolicyDocument/Statement/0/Condition"
                    + "/StringLike/token.actions.githubusercontent.com:sub/Fn::Sub"),
            org.assertj.core.groups.Tuple.tuple(
                "{{RepositoryName}}",
                "/Resources/DeployRole/Properties/AssumeRolePolicyDocument/Statement/0/Condition"
                    + "/StringLike/token.actions.githubusercontent.com:sub/Fn::Sub"));
    assertThat(stack.roles().get(1).trustPolicy().toString())
        .contains("repo:{{GitHubOrg}}/{{RepositoryName}}:*");
  }

  @Test
  void resolve_whenParameterHasADefault_usesIt() {
    ResolvedStack stack =
        Template.parseForAnalysis(Templates.resource("/analysis/mixed-stack.yaml"))
            .resolve(NO_PARAMETERS);

    assertThat(stack.conditions()).containsEntry("IsProduction", false);
    assertThat(stack.unresolved()).noneMatch(u -> u.kind() == Unresolved.Kind.CONDITION);
  }

  @Test
  void resolve_whenConditionReadsAParameterWithoutValue_namesTheCondition() {
    String template =
        """
        Parameters:
          Env: {Type: String}
        Conditions:
          Prod: !Equals [!Ref Env, prod]
        Resources:
          B: {Type: AWS::S3::Bucket, Condition: Prod}
        """;

    ResolvedStack stack = Template.parseForAnalysis(template).resolve(NO_PARAMETERS);

    assertThat(stack.unresolved())
        .filteredOn(u -> u.kind() == Unresolved.Kind.CONDITION)
        .extracting(Unresolved::reason)
        .containsExactly(
            "condition Prod compares values without a known value; taken as false (give the"
                + " parameters it reads with -p)");
  }

  @Test
  void resolve_whenSamTransform_readsPlainRolesAndNamesGeneratedResources() {
    ResolvedStack stack =
        Template.parseForAnalysis(Templates.resource("/analysis/sam-template.yaml"))
            .resolve(NO_PARAMETERS);

    assertThat(stack.roles()).extracting(RoleResource::name).containsExactly("sam-deploy");
    assertThat(stack.unresolved())
        .filteredOn(u -> u.kind() == Unresolved.Kind.GENERATED_RESOURCE)
        .extracting(Unresolved::symbol)
        .containsExactly("{{HelloFunctionRole.Arn}}", "{{ServerlessRestApi}}");
    assertThat(stack.output("HelloApi").get().value())
        .startsWith("https://{{ServerlessRestApi}}.execute-api.us-east-1");
  }

  @Test
  void parse_whenSamTransform_isStillRefusedForDeploying() {
    assertThatThrownBy(() -> Template.parse(Templates.resource("/analysis/sam-template.yaml")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("Unsupported template section Transform");
  }

  @Test
  void parseForAnalysis_whenAMacroTransform_refusesNamingIt() {
    assertThatThrownBy(
            () ->
                Template.parseForAnalysis(
                    "Transform: MyMacro\nResources:\n  B: {Type: AWS::S3::Bucket}\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("Unsupported transform \"MyMacro\" at line 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fn::ImportValue: shared-repo-name", "Fn::FindInMap: [M, a, b]"})
  void resolve_whenAFunctionIsNotEvaluated_namesItsValue(String call) {
    String template =
        "Mappings:\n  M: {a: {b: c}}\nResources:\n  R:\n    Type: AWS::ECR::Repository\n"
            + "    Properties:\n      RepositoryName: {"
            + call
            + "}\n";

    ResolvedStack stack = Template.parseForAnalysis(template).resolve(NO_PARAMETERS);

    assertThat(stack.repositories().get(0).name()).startsWith("{{").endsWith("-7-7}}");
    assertThat(stack.unresolved())
        .singleElement()
        .extracting(Unresolved::kind)
        .isEqualTo(Unresolved.Kind.FUNCTION);
  }

  @Test
  void resolve_whenAReferenceNamesNothing_isStillRefusedWithoutSam() {
    assertThatThrownBy(
            () ->
                Template.parseForAnalysis(
                        "Resources:\n  B: {Type: AWS::S3::Bucket, Properties: {X: !Ref Nope}}\n")
                    .resolve(NO_PARAMETERS))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("Unresolved resource dependencies [Nope]");
  }
}
