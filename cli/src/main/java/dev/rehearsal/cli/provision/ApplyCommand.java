package dev.rehearsal.cli.provision;

import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackResult;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehearse provision apply}: create or update the stack, events as they happen. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Create the stack, or update it to the template: the plan first, then each resource's"
          + " events as they happen, until the stack settles. A resource that fails rolls the"
          + " stack back as CloudFormation does (a new stack's resources are deleted; an update's"
          + " changes are put back), with the failing resource's reason. Applying a template"
          + " that is already applied changes nothing.",
      "",
      "The template is linted first (docs/lint-rules.md): what IAM would refuse anyway, such as"
          + " a GitHub trust policy whose sub is not scoped, stops the apply before anything is"
          + " made.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse provision apply stack.yaml --stack-name github-oidc -p GitHubOrg=acme"
          + " --capabilities CAPABILITY_NAMED_IAM",
      "  rehearse provision apply stack.yaml --stack-name github-oidc -p GitHubOrg=acme --direct"
          + " --endpoint-url http://127.0.0.1:5000",
      "  rehearse provision apply stack.yaml --stack-name github-oidc -p GitHubOrg=acme --aws"
          + " --region eu-west-1 --capabilities CAPABILITY_NAMED_IAM",
      "",
      "Exit codes: 0 applied or nothing to change, 1 a resource failed (rolled back),"
          + " 2 refused before anything changed.",
    })
final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "T", description = TemplateOptions.TEMPLATE_HELP)
  String template;

  @Mixin TemplateOptions options;

  @Mixin TargetOptions target;

  @Mixin ReportOptions report;

  @Override
  public Integer call() {
    return apply(spec, template, options, target, report);
  }

  /** Creates or updates the stack to {@code template}; also {@code rehearse provision T}. */
  static int apply(
      CommandSpec spec,
      String template,
      TemplateOptions options,
      TargetOptions target,
      ReportOptions report) {
    target.nameStack(Optional.of(template));
    var request = options.request(template, target.stackName);
    try (Session session = Session.open(target)) {
      Planned planned = new Planned(new ProgressPrinter(report.progress(spec)));
      StackResult result = session.run(p -> p.apply(request, planned));
      return report.result(spec, target, session, planned.preview, result);
    }
  }

  /** Prints the run and keeps its plan, for the JSON document. */
  private static final class Planned implements ProvisionListener {
    private final ProvisionListener printer;
    private Optional<StackPreview> preview = Optional.empty();

    Planned(ProvisionListener printer) {
      this.printer = printer;
    }

    @Override
    public void planned(StackPreview plan) {
      preview = Optional.of(plan);
      printer.planned(plan);
    }

    @Override
    public void event(dev.rehearsal.provisioner.StackEvent event) {
      printer.event(event);
    }

    @Override
    public void note(String message) {
      printer.note(message);
    }
  }
}
