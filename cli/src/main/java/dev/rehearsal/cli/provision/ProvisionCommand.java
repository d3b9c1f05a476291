package dev.rehearsal.cli.provision;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rehearse provision}: apply a CloudFormation template to an AWS endpoint, two ways (issue
 * 14's "one plan, two executors").
 */
@Command(
    name = "provision",
    mixinStandardHelpOptions = true,
    subcommands = {PlanCommand.class, ApplyCommand.class, DestroyCommand.class},
    description = {
      "Apply a CloudFormation template to an AWS endpoint with the AWS SDK: the running world's"
          + " aws-emulator by default; LocalStack or moto server with --endpoint-url URL; real AWS"
          + " with --aws --region REGION. 'plan' shows what would change, 'apply' changes it,"
          + " 'destroy' deletes the stack.",
      "",
      "Two ways to apply. By default through CloudFormation, as the seed's 'aws cloudformation"
          + " deploy' does: a change set, executed, its events followed; CloudFormation then asks"
          + " for --capabilities CAPABILITY_NAMED_IAM before it creates named IAM resources. The"
          + " --direct way goes through the IAM and ECR APIs instead, one resource at a time in"
          + " the order CloudFormation would take: for endpoints whose CloudFormation lacks these"
          + " types (LocalStack's free tier, moto, which report success while skipping the OIDC"
          + " provider). It keeps a state record so that a second apply changes nothing and"
          + " destroy removes exactly what it made.",
    },
    footer = {
      "",
      "Also as one command: 'rehearse provision T' applies, with --plan plans, with --destroy"
          + " destroys; --via api is --direct, --endpoint is --endpoint-url, and the stack's name"
          + " defaults to the template file's name.",
      "",
      "Examples:",
      "  rehearse provision stack.yaml -p GitHubOrg=acme --stack-name github-oidc"
          + " --capabilities CAPABILITY_NAMED_IAM --plan",
      "  rehearse provision stack.yaml -p GitHubOrg=acme --via api --endpoint"
          + " http://127.0.0.1:5000",
      "  rehearse provision apply stack.yaml --stack-name github-oidc -p GitHubOrg=acme"
          + " --capabilities CAPABILITY_NAMED_IAM",
      "  rehearse provision plan stack.yaml --stack-name github-oidc -p GitHubOrg=acme --direct"
          + " --endpoint-url http://127.0.0.1:5000",
      "  rehearse provision destroy --stack-name github-oidc",
      "",
      "Run 'rehearse provision COMMAND --help' for a command's options.",
    })
public final class ProvisionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "T",
      description = TemplateOptions.TEMPLATE_HELP + "; without a command, applied")
  Optional<String> template = Optional.empty();

  @Mixin TemplateOptions options;

  @Mixin TargetOptions target;

  @Mixin ReportOptions report;

  @Option(names = "--plan", description = "Without a command: show the plan only (as 'plan')")
  boolean plan;

  @Option(names = "--destroy", description = "Without a command: delete the stack (as 'destroy')")
  boolean destroy;

  /**
   * {@code rehearse provision T [--plan | --destroy]}: the one-command shape, the same as
   * the subcommands; {@code rehearse provision} alone: which of its commands to run, on stderr, and
   * exit 2.
   */
  @Override
  public Integer call() {
    if (plan && destroy) {
      throw new UserError("--plan and --destroy ask for two things: give one of them");
    }
    if (destroy) {
      return DestroyCommand.destroy(spec, template, target, report);
    }
    if (template.isEmpty()) {
      return Rehearse.shortUsage(spec.commandLine(), "Run 'rehearse provision --help' for more.");
    }
    return plan
        ? PlanCommand.plan(spec, template.get(), options, target, report)
        : ApplyCommand.apply(spec, template.get(), options, target, report);
  }
}
