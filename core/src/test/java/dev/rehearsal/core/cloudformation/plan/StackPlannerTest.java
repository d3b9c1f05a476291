package dev.rehearsal.core.cloudformation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan engine against the seed's stack, pinned to CloudFormation's documented update behaviours
 * (User Guide, "Update behaviors of stack resources"; each property's "Update requires" entry).
 */
class StackPlannerTest {
  private static final String SEED = read("/cloudformation/define_github_oidc_with_iam_role.yaml");

  private static StackSettings acme(long seed) {
    return new StackSettings(
        "github-oidc", "us-east-1", "123456789012", Map.of("GitHubOrg", "acme"), seed);
  }

  @Test
  void plan_ofANewStack_createsEveryResourceInDependencyOrder() {
    Plan plan = StackPlanner.plan(Template.parse(SEED), acme(1), Map.of());

    assertThat(plan.steps())
        .extracting(PlanStep::logicalId)
        .containsExactly("GithubOidc", "Role", "Policy");
    assertThat(plan.steps()).allMatch(PlanStep.Create.class::isInstance);
    assertThat(plan.hasChanges()).isTrue();
  }

  @Test
  void plan_ofTheSameTemplateAgain_changesNothing() {
    Map<String, DeployedResource> deployed = applyAll(SEED, acme(1), Map.of());

    Plan plan = StackPlanner.plan(Template.parse(SEED), acme(2), deployed);

    assertThat(plan.hasChanges()).isFalse();
    assertThat(plan.steps()).allMatch(PlanStep.NoChange.class::isInstance);
  }

  @Test
  void plan_whenAParameterChangesTheTrustPolicy_updatesTheRoleInPlace() {
    Map<String, DeployedResource> deployed = applyAll(SEED, acme(1), Map.of());
    StackSettings other =
        new StackSettings("github-oidc", "us-east-1", "123456789012", Map.of("GitHubOrg", "o"), 2);

    Plan plan = StackPlanner.plan(Template.parse(SEED), other, deployed);

    assertThat(plan.changes()).hasSize(1);
    PlanStep.Update update = (PlanStep.Update) plan.changes().get(0);
    assertThat(update.logicalId()).isEqualTo("Role");
    assertThat(update.replacement()).isFalse();
    assertThat(update.changes())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.property()).isEqualTo("AssumeRolePolicyDocument");
              assertThat(change.requiresRecreation()).isEqualTo("Never");
              assertThat(change.evaluation()).isEqualTo("Static");
              assertThat(change.after().toString()).contains("repo:o/*");
            });
  }

  @Test
  void plan_whenACustomNamedRoleNeedsReplacing_carriesCloudFormationsRefusal() {
    Map<String, DeployedResource> deployed = applyAll(SEED, acme(1), Map.of());
    String moved =
        SEED.replace(
            "RoleName: GithubOIDCIAMRole", "RoleName: GithubOIDCIAMRole\n      Path: /ci/");

    Plan plan = StackPlanner.plan(Template.parse(moved), acme(2), deployed);

    PlanStep.Update update = (PlanStep.Update) plan.changes().get(0);
    assertThat(update.replacement()).isTrue();
    assertThat(update.failure())
        .hasValue(
            "CloudFormation cannot update a stack when a custom-named resource requires"
                + " replacing. Rename GithubOIDCIAMRole and update the stack again.");
  }

  @Test
  void plan_whenAGeneratedNameRoleIsReplaced_updatesWhatRefersToItDynamically() {
    String unnamed = SEED.replace("      RoleName: GithubOIDCIAMRole\n", "");
    Map<String, DeployedResource> deployed = applyAll(unnamed, acme(1), Map.of());
    String moved =
        unnamed.replace(
            "  Role:\n    Type: 'AWS::IAM::Role'\n    Properties:\n",
            "  Role:\n    Type: 'AWS::IAM::Role'\n    Properties:\n      Path: /ci/\n");

    Plan plan = StackPlanner.plan(Template.parse(moved), acme(2), deployed);

    assertThat(plan.changes())
        .extracting(PlanStep::logicalId, PlanStep::getClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Role", PlanStep.Update.class),
            org.assertj.core.groups.Tuple.tuple("Policy", PlanStep.Update.class),
            org.assertj.core.groups.Tuple.tuple("Role", PlanStep.Delete.class));
    PlanStep.Update policy = (PlanStep.Update) plan.changes().get(1);
    assertThat(policy.replacement()).isFalse();
    assertThat(policy.changes())
        .singleElement()
        .satisfies(c -> assertThat(c.evaluation()).isEqualTo("Dynamic"));
    assertThat(((PlanStep.Delete) plan.changes().get(2)).replaced()).isTrue();
  }

  @Test
  void plan_whenResourcesLeaveTheTemplate_deletesDependentsFirst() {
    Map<String, DeployedResource> deployed = applyAll(SEED, acme(1), Map.of());

    List<PlanStep.Delete> deletes = StackPlanner.teardown(deployed);

    assertThat(deletes)
        .extracting(PlanStep::logicalId)
        .containsExactly("Policy", "Role", "GithubOidc");
  }

  @Test
  void plan_whenALogicalIdChangesType_isRefusedAsCloudFormationRefusesIt() {
    Map<String, DeployedResource> deployed = applyAll(SEED, acme(1), Map.of());
    Map<String, DeployedResource> retyped = new LinkedHashMap<>(deployed);
    DeployedResource role = deployed.get("Role");
    retyped.put(
        "Role",
        new DeployedResource(
            "Role", "AWS::ECR::Repository", "x", Map.of(), role.properties(), List.of()));

    assertThatThrownBy(() -> StackPlanner.plan(Template.parse(SEED), acme(2), retyped))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "Update of resource type is not permitted. The new template modifies resource type of"
                + " the following resources: [Role]");
  }

  @Test
  void execution_resolvesEachStepAgainstWhatTheServiceAnswered() {
    Template template =
        Template.parse(
            SEED.replace(
                "Outputs:\n  RoleArn:\n    Value: !GetAtt Role.Arn",
                "Outputs:\n  RoleArn:\n    Value: !GetAtt Role.Arn\n  RoleId:\n    Value: !GetAtt Role.RoleId"));
    PlanExecution execution = new PlanExecution(template, acme(1), Map.of());
    for (PlanStep step : StackPlanner.plan(template, acme(1), Map.of()).steps()) {
      ResolvedResource resolved = execution.resolve(step);
      Map<String, JsonNode> attributes = new HashMap<>(resolved.attributes());
      if (step.logicalId().equals("Role")) {
        attributes.put("RoleId", TextNode.valueOf("AROAFROMTHESERVICE"));
      }
      execution.applied(resolved, resolved.physicalId(), attributes);
    }

    assertThat(execution.outputs())
        .filteredOn(o -> o.name().equals("RoleId"))
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo("AROAFROMTHESERVICE"));
  }

  /** Applies {@code text} as a service that answers with the resolved values would. */
  private static Map<String, DeployedResource> applyAll(
      String text, StackSettings settings, Map<String, DeployedResource> deployed) {
    Template template = Template.parse(text);
    PlanExecution execution = new PlanExecution(template, settings, deployed);
    for (PlanStep step : StackPlanner.plan(template, settings, deployed).steps()) {
      if (!(step instanceof PlanStep.Delete) && !(step instanceof PlanStep.NoChange)) {
        ResolvedResource resolved = execution.resolve(step);
        execution.applied(resolved, resolved.physicalId(), resolved.attributes());
      }
    }
    return execution.deployed();
  }

  private static String read(String name) {
    try (InputStream in = StackPlannerTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
