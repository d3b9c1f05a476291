package dev.rehearsal.cli;

import dev.rehearsal.core.error.RehearsalException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message and an exit code: the user's own mistakes and
 * AWS-style errors exit 2 with their message; anything else is a bug, reported briefly with a way
 * to see more.
 */
final class Failures implements IExecutionExceptionHandler {
  static final String DEBUG_ENV = "REHEARSE_DEBUG";

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof UserError || e instanceof RehearsalException) {
      err.println(
          "rehearse: " + (e instanceof RehearsalException r ? r.toString() : e.getMessage()));
      return Rehearse.USAGE;
    }
    err.println("rehearse: unexpected error: " + e);
    if (System.getenv(DEBUG_ENV) != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set " + DEBUG_ENV + "=1 to see the stack trace, and please report it)");
    }
    return Rehearse.FAILED;
  }
}
