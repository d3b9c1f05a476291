package dev.rehearsal.cli;

/** The CLI's one word on logging: the libraries it uses say nothing unless it is an error. */
public final class Logging {
  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  private Logging() {}

  /**
   * The AWS SDK logs through SLF4J, and the CLI ships no SLF4J provider: without this, SLF4J's own
   * warning that it has none would start the command's output.
   */
  public static void quietSlf4j() {
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
  }
}
