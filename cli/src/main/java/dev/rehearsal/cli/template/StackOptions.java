package dev.rehearsal.cli.template;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.error.RehearsalException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How a template becomes a stack for {@code check}, {@code lint} and {@code diff}: parameter
 * values, the account and region (a picocli mixin). The defaults are the emulators': account
 * 000000000000, us-east-1.
 */
public final class StackOptions {
  @Option(
      names = {"-p", "--param"},
      paramLabel = "KEY=VALUE",
      description = "A template parameter, e.g. --param GitHubOrg=acme (repeatable)")
  List<String> parameters = List.of();

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
          .resolve(StackSettings.of("rehearsal", region, account, parameterMap()));
    } catch (RehearsalException e) {
      throw new UserError(source.name() + ": " + e.getMessage(), e);
    }
  }

  private Map<String, String> parameterMap() {
    return parameters(parameters);
  }

  /**
   * {@code --param KEY=VALUE} options as a map.
   *
   * @throws UserError for an option without {@code =} or a key given twice
   */
  public static Map<String, String> parameters(List<String> options) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String parameter : options) {
      int equals = parameter.indexOf('=');
      if (equals < 1) {
        throw new UserError("--param takes KEY=VALUE, got '" + parameter + "'");
      }
      if (map.put(parameter.substring(0, equals), parameter.substring(equals + 1)) != null) {
        throw new UserError("--param " + parameter.substring(0, equals) + " is given twice");
      }
    }
    return map;
  }
}
