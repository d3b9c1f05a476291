package dev.rehearsal.cli.template;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.symbol.Unresolved;
import dev.rehearsal.core.error.RehearsalException;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How an input becomes a stack for {@code check}, {@code lint} and {@code diff}: parameter values,
 * the account and region (a picocli mixin). The defaults are the emulators': account 000000000000
 * (or, for a Terraform plan, the account its ARNs name), us-east-1.
 */
public final class StackOptions {
  static final String DEFAULT_ACCOUNT = "000000000000";

  @Mixin ParameterOptions parameters;

  @Option(
      names = "--account",
      paramLabel = "ID",
      description =
          "Account id for AWS::AccountId and ARNs (default: the Terraform plan's, else "
              + DEFAULT_ACCOUNT
              + ")")
  String account;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      defaultValue = "us-east-1",
      description = "Region for AWS::Region (default: ${DEFAULT-VALUE})")
  String region;

  /** The account given, else the plan's, else the emulators'. */
  public String account(Input input) {
    if (account != null) {
      return account;
    }
    if (input instanceof Input.Stack stack && stack.plan().isPresent()) {
      return stack.plan().get().accountId().orElse(DEFAULT_ACCOUNT);
    }
    return DEFAULT_ACCOUNT;
  }

  public String region() {
    return region;
  }

  /** The settings of the stack the input makes. */
  public StackSettings settings(Input input) {
    return StackSettings.of("rehearsal", region, account(input), parameters.values());
  }

  /**
   * The stack the input makes, parameters without values and what is not interpreted as symbols
   * ({@link ResolvedStack#unresolved()}); errors name the source.
   */
  public ResolvedStack resolve(Input.Stack input) {
    try {
      return input.template().resolve(settings(input));
    } catch (RehearsalException e) {
      throw new UserError(input.source().name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * As {@link #resolve}, for deciding requests: every parameter needs a value, as {@code
   * CreateStack} requires ("Parameters: [X] must have values"), and no policy of the flow may hold
   * a value a function not evaluated or a transform would give.
   */
  public ResolvedStack resolveCompletely(Input.Stack input) {
    ResolvedStack stack = resolve(input);
    Set<String> parameters = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Unresolved value : stack.unresolved()) {
      switch (value.kind()) {
        case PARAMETER -> parameters.add(value.name());
        case FUNCTION, GENERATED_RESOURCE -> {
          if (inFlowResource(stack, value.pointer())) {
            others.add(value.reason());
          }
        }
        default -> {}
      }
    }
    if (!parameters.isEmpty()) {
      throw new UserError(
          input.source().name()
              + ": check needs a value for each parameter: "
              + String.join(", ", parameters)
              + " (give them with -p NAME=VALUE)");
    }
    if (!others.isEmpty()) {
      throw new UserError(
          input.source().name()
              + ": check cannot decide requests on values it does not know: "
              + String.join("; ", others));
    }
    return stack;
  }

  private static boolean inFlowResource(ResolvedStack stack, String pointer) {
    return stack.resources().stream()
        .filter(
            r ->
                !stack.opaqueResources().stream()
                    .anyMatch(o -> o.logicalId().equals(r.logicalId())))
        .anyMatch(r -> pointer.startsWith("/Resources/" + r.logicalId() + "/"));
  }
}
