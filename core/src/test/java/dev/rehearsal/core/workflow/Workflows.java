package dev.rehearsal.core.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Workflow texts for the tests: the seed workflow, and small workflows built around a snippet. */
public final class Workflows {
  private Workflows() {}

  /** The seed article's workflow ({@code examples/seed/deploy.yml}). */
  public static String seed() {
    try (InputStream in = Workflows.class.getResourceAsStream("/workflow/deploy.yml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid workflow whose only job is {@code build} with {@code jobLines} (indented 4). */
  public static String withJob(String jobLines) {
    return "on: push\njobs:\n  build:\n" + jobLines;
  }

  /** A workflow with {@code on:} as given (a YAML snippet) and one trivial job. */
  public static String withOn(String on) {
    return on + "\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
  }
}
