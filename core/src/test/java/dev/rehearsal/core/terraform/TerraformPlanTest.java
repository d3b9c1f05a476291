package dev.rehearsal.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.lint.StackLint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@code terraform show -json} plan read as the template of its flow resources. */
class TerraformPlanTest {
  private static String plan() throws IOException {
    try (InputStream in =
        TerraformPlanTest.class.getResourceAsStream("/analysis/terraform-plan.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ResolvedStack resolve(TerraformPlan plan) {
    return plan.template()
        .resolve(StackSettings.of("tf", "us-east-1", plan.accountId().orElseThrow(), Map.of()));
  }

  @Test
  void read_moduleRole_hasItsTrustAttachmentsAndInlinePolicy() throws IOException {
    TerraformPlan plan = TerraformPlan.read(plan());
    ResolvedStack stack = resolve(plan);

    assertThat(plan.accountId()).contains("123456789012");
    RoleResource role = stack.roles().get(0);
    assertThat(plan.address(role.logicalId()))
        .isEqualTo("module.github_oidc.aws_iam_role.github[0]");
    assertThat(role.name()).isEqualTo("github-actions");
    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/ci/github-actions");
    assertThat(role.managedPolicyArns())
        .containsExactly(
            "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::123456789012:policy/ecr-push");
    assertThat(stack.policies())
        .singleElement()
        .satisfies(p -> assertThat(p.roles()).containsExactly("github-actions"));
    assertThat(stack.oidcProviders().get(0).arn())
        .isEqualTo("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com");
    assertThat(stack.repositories().get(0).repositoryPolicy()).isPresent();
  }

  @Test
  void lint_findingsCarryTheTerraformAddress() throws IOException {
    TerraformPlan plan = TerraformPlan.read(plan());

    assertThat(StackLint.lint(resolve(plan)))
        .extracting(f -> f.finding().ruleId() + " " + plan.address(f.logicalId()))
        .contains("GHOIDC003 module.github_oidc.aws_iam_role.github[0]");
    assertThat(plan.locate(plan.template().resources().get(0).logicalId())).isPresent();
  }

  @Test
  void read_whenATrustPolicyIsKnownOnlyAfterApply_namesIt() throws IOException {
    String unknown =
        plan()
            .replaceFirst(
                "\"assume_role_policy\": \"\\{[^\\n]*\",", "\"assume_role_policy\": null,");

    TerraformPlan plan = TerraformPlan.read(unknown);

    assertThat(plan.unread())
        .singleElement()
        .asString()
        .startsWith(
            "module.github_oidc.aws_iam_role.github[0]: assume_role_policy is known only after"
                + " apply (it reads module.github_oidc.data.aws_iam_policy_document.assume_role[0].json");
    assertThat(resolve(plan).roles()).isEmpty();
  }

  @Test
  void read_whenNotAPlan_refuses() {
    assertThatThrownBy(
            () -> TerraformPlan.read("{\"format_version\": \"2.0\", \"planned_values\": {}}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("is not 1.x");
  }
}
