package dev.rehearsal.cli.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.lint.PolicyLint;
import dev.rehearsal.core.terraform.TerraformPlan;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an input and tells what it is from its content: a {@code Resources} section is a
 * CloudFormation template; a {@code format_version} with {@code planned_values} a Terraform plan
 * ({@code terraform show -json}); a {@code Statement} a policy document, whose type is given or
 * detected ({@link PolicyLint#detect}).
 */
public final class Inputs {
  private Inputs() {}

  /**
   * The input read for analysis; errors name the source.
   *
   * @param policyType {@code trust} or {@code identity}, or null to detect it
   */
  public static Input read(TemplateSource source, String policyType) {
    try {
      SourceTree tree = SourceTree.read(source.text());
      JsonNode root = tree.root();
      if (root.has("Resources")) {
        return new Input.Stack(source, Template.parseForAnalysis(source.text()), Optional.empty());
      }
      if (TerraformPlan.isPlan(root)) {
        TerraformPlan plan = TerraformPlan.read(source.text());
        return new Input.Stack(source, plan.template(), Optional.of(plan));
      }
      if (root.has("Statement")) {
        return new Input.Policy(
            source, tree, policyType == null ? PolicyLint.detect(root) : type(policyType));
      }
      throw new UserError(
          source.name()
              + " is neither a CloudFormation template (no Resources), a Terraform plan"
              + " (terraform show -json) nor a policy document (no Statement)");
    } catch (RehearsalException e) {
      throw new UserError(source.name() + ": " + e.getMessage(), e);
    }
  }

  private static PolicyLint.PolicyType type(String name) {
    try {
      return PolicyLint.PolicyType.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--policy-type must be trust or identity, got '" + name + "'");
    }
  }
}
