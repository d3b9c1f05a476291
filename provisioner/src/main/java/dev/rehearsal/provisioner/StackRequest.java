package dev.rehearsal.provisioner;

import dev.rehearsal.core.cloudformation.Template;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to apply: the stack's name, the template (its text, as CloudFormation is sent it, and core's
 * reading of it), the parameter values given, and the capabilities acknowledged ({@code
 * CAPABILITY_IAM}, {@code CAPABILITY_NAMED_IAM}), which only the CloudFormation way sends.
 */
public record StackRequest(
    String stackName,
    String templateBody,
    Template template,
    Map<String, String> parameters,
    Set<String> capabilities) {
  public StackRequest {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(templateBody, "templateBody");
    Objects.requireNonNull(template, "template");
    parameters = Map.copyOf(parameters);
    capabilities = Set.copyOf(capabilities);
  }

  /**
   * Reads {@code templateBody} with core.
   *
   * @throws dev.rehearsal.core.cloudformation.source.TemplateException when CloudFormation would
   *     refuse the template or it uses a resource type this rehearsal does not model
   */
  public static StackRequest of(
      String stackName,
      String templateBody,
      Map<String, String> parameters,
      Set<String> capabilities) {
    return new StackRequest(
        stackName, templateBody, Template.parse(templateBody), parameters, capabilities);
  }
}
