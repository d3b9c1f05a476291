package dev.rehearsal.runner.command;

import dev.rehearsal.runner.RunnerException;

/** A runner file ({@code GITHUB_ENV}, {@code GITHUB_OUTPUT}, …) the runner cannot read. */
public final class FileCommandException extends RunnerException {
  public FileCommandException(String message) {
    super(message);
  }
}
