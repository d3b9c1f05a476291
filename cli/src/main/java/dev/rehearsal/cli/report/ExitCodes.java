package dev.rehearsal.cli.report;

/**
 * The exit codes {@code lint}, {@code check} and {@code diff} share, as their help says them: 0
 * when nothing reaches {@code --fail-on}, 1 when something does, 2 when the command could not do
 * its job (bad usage, an input it cannot read). CI can tell "the change is refused" from "the check
 * broke".
 */
public final class ExitCodes {
  private static final String USAGE =
      "; 2 on a usage error or an input that cannot be read (the message is on stderr).";

  public static final String LINT =
      "Exit status: 0 when no finding is at or above --fail-on; 1 when one is" + USAGE;
  public static final String CHECK =
      "Exit status: 0 when every scenario passes (or with --fail-on none); 1 when one fails"
          + USAGE;
  public static final String DIFF =
      "Exit status: 0 when access does not change as --fail-on names; 1 when it widens (--fail-on"
          + " widen) or changes (--fail-on change)"
          + USAGE;

  private ExitCodes() {}
}
