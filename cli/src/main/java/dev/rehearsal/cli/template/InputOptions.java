package dev.rehearsal.cli.template;

import dev.rehearsal.cli.UserError;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input of {@code lint} and {@code check}, named the same way in both (a picocli mixin): the
 * positional {@code INPUT}, what stack it makes ({@code -p}, {@code --account}, {@code --region}),
 * and a bare policy's type. {@code --template INPUT}, {@code check}'s first spelling, still works
 * (hidden).
 */
public final class InputOptions {
  /** The same words in every command's help. */
  public static final String DESCRIPTION =
      "A file, or a git revision REV:PATH (PATH from the repository's root, REV:./PATH from the"
          + " current directory): a CloudFormation or SAM template, a bare trust or identity"
          + " policy, or the JSON of a Terraform plan, from terraform show -json";

  @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT", description = DESCRIPTION)
  String positional;

  @Option(names = "--template", hidden = true, paramLabel = "INPUT")
  String template;

  @Option(
      names = "--policy-type",
      paramLabel = "trust|identity",
      description =
          "For a bare policy: its type (default: trust when a statement names a Principal,"
              + " identity otherwise)")
  String policyType;

  @Mixin public StackOptions stack;

  /** The input, read and told apart. */
  public Input read() {
    return read(source());
  }

  /** The input's text, not yet told apart. */
  public TemplateSource source() {
    if (positional != null && template != null) {
      throw new UserError("give the input once: as INPUT or with --template, not both");
    }
    String argument = positional != null ? positional : template;
    if (argument == null) {
      throw new UserError("no input: give a template, a Terraform plan or a policy file");
    }
    return TemplateSource.read(argument);
  }

  /** {@code source} told apart. */
  public Input read(TemplateSource source) {
    return Inputs.read(source, policyType);
  }
}
