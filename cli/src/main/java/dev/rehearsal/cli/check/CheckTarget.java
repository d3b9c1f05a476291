package dev.rehearsal.cli.check;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.template.Input;
import dev.rehearsal.cli.template.InputOptions;
import dev.rehearsal.cli.template.Inputs;
import dev.rehearsal.cli.template.TemplateSource;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.lint.PolicyLint;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.scenario.PolicyTarget;
import dev.rehearsal.core.scenario.StackTarget;
import dev.rehearsal.core.scenario.Target;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * What {@code check} runs scenarios against, from any input: a template's or a plan's stack (every
 * parameter given), or a bare trust policy with its role's identity policies. What a bare policy
 * leaves unsaid and the check takes for granted is said on stderr, so that every output format
 * stays as it is.
 */
final class CheckTarget {
  private CheckTarget() {}

  static Target of(
      InputOptions options, Input input, PolicyRoleOptions role, CommandLine commandLine) {
    String account = options.stack.account(input);
    String region = options.stack.region();
    if (input instanceof Input.Stack stack) {
      ResolvedStack resolved = options.stack.resolveCompletely(stack);
      // A managed policy the input does not define (an AWS managed one) has a document this
      // check does not know: said, so that a deny it would turn into an allow is not a surprise.
      for (RoleResource each : resolved.roles()) {
        for (String arn : StackTarget.unknownManagedPolicies(resolved, each)) {
          commandLine
              .getErr()
              .println(
                  "rehearse check: role "
                      + each.name()
                      + " attaches "
                      + arn
                      + ", whose document is not in the input: its permissions are left out");
        }
      }
      commandLine.getErr().flush();
      return StackTarget.of(resolved, account, region);
    }
    Input.Policy policy = (Input.Policy) input;
    if (policy.type() != PolicyLint.PolicyType.TRUST) {
      throw new UserError(
          policy.source().name()
              + " is an identity policy: check needs the role's trust policy; give the trust"
              + " policy as INPUT and this one with --permissions "
              + policy.source().name());
    }
    try {
      Target target =
          PolicyTarget.of(
              role.role != null ? role.role : policy.source().stem(),
              PolicyLint.parse(policy.tree(), PolicyLint.PolicyType.TRUST),
              permissions(role.permissions),
              account,
              region);
      PolicyTarget.assumptions(target)
          .forEach(line -> commandLine.getErr().println("rehearse check: " + line));
      commandLine.getErr().flush();
      return target;
    } catch (RehearsalException e) {
      throw new UserError(policy.source().name() + ": " + e.getMessage(), e);
    }
  }

  private static List<PolicyDocument> permissions(List<String> files) {
    List<PolicyDocument> documents = new ArrayList<>();
    for (String file : files) {
      Input read = Inputs.read(TemplateSource.read(file), "identity");
      if (!(read instanceof Input.Policy policy)) {
        throw new UserError("--permissions " + file + " is not a policy document");
      }
      try {
        documents.add(PolicyLint.parse(policy.tree(), PolicyLint.PolicyType.IDENTITY));
      } catch (RehearsalException e) {
        throw new UserError(file + ": " + e.getMessage(), e);
      }
    }
    return documents;
  }
}
