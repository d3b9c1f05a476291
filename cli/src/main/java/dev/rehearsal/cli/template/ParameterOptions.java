package dev.rehearsal.cli.template;

import dev.rehearsal.cli.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** A template's parameter values, {@code -p KEY=VALUE} (a picocli mixin). */
public final class ParameterOptions {
  @Option(
      names = {"-p", "--param"},
      paramLabel = "KEY=VALUE",
      description = "A template parameter, e.g. --param GitHubOrg=acme (repeatable)")
  List<String> parameters = List.of();

  /**
   * The values by parameter name.
   *
   * @throws UserError for a value without {@code =} or a name given twice
   */
  public Map<String, String> values() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String parameter : parameters) {
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
