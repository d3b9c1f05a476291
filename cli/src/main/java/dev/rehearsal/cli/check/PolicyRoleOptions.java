package dev.rehearsal.cli.check;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * What a bare trust policy does not say and scenarios need (a picocli mixin): the name they call
 * its role by, and the role's identity policies.
 */
final class PolicyRoleOptions {
  @Option(
      names = "--role",
      paramLabel = "NAME",
      description =
          "For a bare trust policy: the role's name, as the scenarios name it (default: the"
              + " file's name without its extension)")
  String role;

  @Option(
      names = "--permissions",
      paramLabel = "FILE",
      description =
          "For a bare trust policy: an identity policy of its role, a file or REV:PATH"
              + " (repeatable)")
  List<String> permissions = List.of();
}
