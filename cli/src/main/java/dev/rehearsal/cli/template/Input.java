package dev.rehearsal.cli.template;

import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.lint.PolicyLint;
import dev.rehearsal.core.terraform.TerraformPlan;
import java.util.Optional;

/**
 * What {@code lint}, {@code check} and {@code diff} were given, read as what it is: a
 * CloudFormation template (SAM's included), a Terraform plan's JSON, or a bare policy document.
 */
public sealed interface Input {
  TemplateSource source();

  /** A template, or a Terraform plan read as the template of its flow resources. */
  record Stack(TemplateSource source, Template template, Optional<TerraformPlan> plan)
      implements Input {
    /** How reports name a resource: its Terraform address, or the template's logical id. */
    public String name(String logicalId) {
      return plan.map(p -> p.address(logicalId)).orElse(logicalId);
    }

    /** For a plan, where the plan file holds the resource (templates locate by pointer). */
    public Optional<Location> planLocation(String logicalId) {
      return plan.flatMap(p -> p.locate(logicalId));
    }
  }

  /** A bare trust or identity policy, as IAM Access Analyzer's ValidatePolicy takes one. */
  record Policy(TemplateSource source, SourceTree tree, PolicyLint.PolicyType type)
      implements Input {}
}
