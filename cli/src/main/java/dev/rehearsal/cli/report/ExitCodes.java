package dev.rehearsal.cli.report;

/**
 * The exit codes {@code lint}, {@code check} and {@code diff} share, as their help says them: 0
 * when nothing reaches {@code --fail-on}, 1 when something does, 2 when the command could not do
 * its job (bad usage, an input it cannot read). CI can tell "the change is refused" from "the check
 * broke".
 */
public final class ExitCodes {
  private static final String USAGE =
      "  2  usage error, or an input that cannot be read (message on stderr)";

  public static final String LINT =
      "Exit status:%n  0  no finding at or above --fail-on%n  1  a finding at or above --fail-on%n"
          + USAGE;
  public static final String CHECK =
      "Exit status:%n  0  every scenario passed (or --fail-on none)%n  1  a scenario failed%n"
          + USAGE;
  public static final String DIFF =
      "Exit status:%n  0  access does not change as --fail-on names (default: never)%n"
          + "  1  access widens (--fail-on widen) or changes (--fail-on change)%n"
          + USAGE;

  private ExitCodes() {}
}
