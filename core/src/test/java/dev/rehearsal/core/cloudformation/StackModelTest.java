package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resolved stack as a provisioner and a linter read it: order, copies, locations. */
class StackModelTest {
  private static final StackSettings STACK =
      StackSettings.of("ci", "us-east-1", "123456789012", Map.of());

  @Test
  void order_followsDependsOn_beforeTemplateOrder_perDependsOnAttribute() {
    ResolvedStack stack =
        Template.parse(
                """
                Resources:
                  B: {Type: AWS::ECR::Repository, DependsOn: C, Properties: {RepositoryName: bb}}
                  A: {Type: AWS::ECR::Repository, Properties: {RepositoryName: aa}}
                  C: {Type: AWS::ECR::Repository, Properties: {RepositoryName: !Sub '${A}-c'}}
                """)
            .resolve(STACK);

    assertThat(stack.resources())
        .extracting(ResolvedResource::logicalId)
        .containsExactly("A", "C", "B");
    assertThat(stack.resource("B").orElseThrow().dependsOn()).containsExactly("C");
  }

  @Test
  void resolvedProperties_areCopies_soChangingThemChangesNothing() {
    ResolvedStack stack = Template.parse(Templates.seed()).resolve(Templates.ACME);
    ObjectNode properties = (ObjectNode) stack.resource("Role").orElseThrow().properties();

    properties.put("RoleName", "changed");

    assertThat(stack.resource("Role").orElseThrow().properties().get("RoleName").asText())
        .isEqualTo("GithubOIDCIAMRole");
  }

  @Test
  void locate_statementGivenAsOneObject_pointsAtTheStatement() {
    ResolvedStack stack =
        Template.parse(
                """
                Resources:
                  R:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          Effect: Allow
                          Principal: {Service: ec2.amazonaws.com}
                          Action: sts:AssumeRole
                """)
            .resolve(STACK);

    // The policy model holds one statement as Statement[0]; the template wrote no list.
    assertThat(stack.locate("R", "/AssumeRolePolicyDocument/Statement/0"))
        .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(6));
    assertThat(stack.locate("R", "/AssumeRolePolicyDocument/Statement/Action"))
        .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(9));
  }

  @Test
  void locate_inJsonTemplate_namesLineAndColumn() {
    String json =
        """
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": {"RepositoryName": "app"}
            }
          }
        }
        """;

    ResolvedStack stack = Template.parse(json).resolve(STACK);

    assertThat(stack.locate("Repo", "/RepositoryName"))
        .hasValueSatisfying(
            at -> {
              assertThat(at.line()).isEqualTo(5);
              assertThat(at.column()).isEqualTo(22);
            });
  }

  @Test
  void repository_policyGivenAsJsonString_isParsed_perRepositoryPolicyTextTypeJson() {
    ResolvedStack stack =
        Template.parse(
                """
                Resources:
                  Repo:
                    Type: AWS::ECR::Repository
                    Properties:
                      RepositoryName: app
                      RepositoryPolicyText: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"ecr:BatchGetImage"}]}'
                """)
            .resolve(STACK);

    assertThat(stack.repositories().get(0).repositoryPolicy()).isPresent();
  }

  @Test
  void resolve_twiceFromOneParse_givesEqualStacks() {
    Template template = Template.parse(Templates.seed());

    assertThat(template.resolve(Templates.ACME))
        .usingRecursiveComparison()
        .isEqualTo(template.resolve(Templates.ACME));
  }

  @Test
  void resourceAndOutputWithFalseCondition_areNotCreated_perConditionsSection() {
    String template =
        """
        Parameters:
          Env: {Type: String, AllowedValues: [prod, dev]}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Images: {Type: AWS::ECR::Repository, Condition: IsProd, Properties: {RepositoryName: img}}
          Cache: {Type: AWS::ECR::Repository, Properties: {RepositoryName: cache}}
        Outputs:
          ImagesUri: {Condition: IsProd, Value: !GetAtt Images.RepositoryUri}
        """;
    Template parsed = Template.parse(template);

    ResolvedStack dev =
        parsed.resolve(StackSettings.of("ci", "us-east-1", "123456789012", Map.of("Env", "dev")));
    ResolvedStack prod =
        parsed.resolve(StackSettings.of("ci", "us-east-1", "123456789012", Map.of("Env", "prod")));

    assertThat(dev.resources()).extracting(ResolvedResource::logicalId).containsExactly("Cache");
    assertThat(dev.outputs()).isEmpty();
    assertThat(dev.conditions()).containsEntry("IsProd", false);
    assertThat(prod.resources()).hasSize(2);
    assertThat(prod.output("ImagesUri").orElseThrow().value())
        .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/img");
  }
}
