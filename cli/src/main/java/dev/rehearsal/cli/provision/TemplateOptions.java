package dev.rehearsal.cli.provision;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.template.ParameterOptions;
import dev.rehearsal.cli.template.TemplateSource;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.provisioner.StackRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The template's parameter values and the capabilities acknowledged (a picocli mixin). */
final class TemplateOptions {
  /** CloudFormation API Reference, {@code CreateChangeSet} "Capabilities". */
  private static final Set<String> CAPABILITIES =
      Set.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND");

  static final String TEMPLATE_HELP =
      "The template: a file, or a git revision REV:PATH (e.g. HEAD~1:stack.yaml)";

  @Mixin ParameterOptions parameters;

  @Option(
      names = "--capabilities",
      paramLabel = "CAP",
      split = ",",
      description =
          "Acknowledge what the template does, as CloudFormation requires: CAPABILITY_NAMED_IAM"
              + " for IAM resources with custom names, CAPABILITY_IAM for others (repeatable; the"
              + " CloudFormation way only)")
  List<String> capabilities = List.of();

  /** The request, the template read and checked with core; errors name the template. */
  StackRequest request(String template, String stackName) {
    Set<String> acknowledged = new LinkedHashSet<>(capabilities);
    acknowledged.stream()
        .filter(c -> !CAPABILITIES.contains(c))
        .findFirst()
        .ifPresent(
            c -> {
              throw new UserError(
                  "--capabilities takes CAPABILITY_IAM, CAPABILITY_NAMED_IAM or"
                      + " CAPABILITY_AUTO_EXPAND, got '"
                      + c
                      + "'");
            });
    TemplateSource source = TemplateSource.read(template);
    try {
      return StackRequest.of(stackName, source.text(), parameters.values(), acknowledged);
    } catch (RehearsalException e) {
      throw new UserError(source.name() + ": " + e, e);
    }
  }
}
