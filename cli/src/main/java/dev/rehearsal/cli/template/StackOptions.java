package dev.rehearsal.cli.template;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.error.RehearsalException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How a template becomes a stack for {@code check}, {@code lint} and {@code diff}: parameter
 * values, the account and region (a picocli mixin). The defaults are the emulators': account
 * 000000000000, us-east-1.
 */
public final class StackOptions {
  @Mixin ParameterOptions parameters;

  @Option(
      names = "--account",
      paramLabel = "ID",
      defaultValue = "000000000000",
      description = "Account id for AWS::AccountId and ARNs (default: ${DEFAULT-VALUE})")
  String account;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      defaultValue = "us-east-1",
      description = "Region for AWS::Region (default: ${DEFAULT-VALUE})")
  String region;

  public String account() {
    return account;
  }

  public String region() {
    return region;
  }

  /** The template resolved as CloudFormation would create it; errors name the source. */
  public ResolvedStack resolve(TemplateSource source) {
    try {
      return Template.parse(source.text())
          .resolve(StackSettings.of("rehearsal", region, account, parameters.values()));
    } catch (RehearsalException e) {
      throw new UserError(source.name() + ": " + e.getMessage(), e);
    }
  }
}
