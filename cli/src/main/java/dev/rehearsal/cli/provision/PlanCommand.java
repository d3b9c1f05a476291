package dev.rehearsal.cli.provision;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.provisioner.StackPreview;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehearse provision plan}: what applying would change, changing nothing. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Show what applying the template would change, resource by resource, and change nothing:"
          + " + add, ~ modify, -/+ replace, - remove, with a line diff of each changed property"
          + " (policy documents included). The CloudFormation way makes a change set, describes"
          + " it and deletes it; the direct way plans against the state record with core's plan"
          + " engine.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse provision plan stack.yaml --stack-name github-oidc -p GitHubOrg=acme"
          + " --capabilities CAPABILITY_NAMED_IAM",
      "  rehearse provision plan stack.yaml --stack-name github-oidc -p GitHubOrg=acme --direct"
          + " --endpoint-url http://127.0.0.1:5000",
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "T", description = TemplateOptions.TEMPLATE_HELP)
  String template;

  @Mixin TemplateOptions options;

  @Mixin TargetOptions target;

  @Mixin ReportOptions report;

  @Override
  public Integer call() {
    return plan(spec, template, options, target, report);
  }

  /** What applying {@code template} would change; also {@code rehearse provision T --plan}. */
  static int plan(
      CommandSpec spec,
      String template,
      TemplateOptions options,
      TargetOptions target,
      ReportOptions report) {
    target.nameStack(Optional.of(template));
    var request = options.request(template, target.stackName);
    try (Session session = Session.open(target)) {
      StackPreview preview = session.run(p -> p.plan(request));
      PrintWriter out = spec.commandLine().getOut();
      if (report.json()) {
        ProvisionJson.write(out, target, session, Optional.of(preview), Optional.empty());
      } else {
        PlanText.write(out, preview);
      }
    }
    return Rehearse.OK;
  }
}
