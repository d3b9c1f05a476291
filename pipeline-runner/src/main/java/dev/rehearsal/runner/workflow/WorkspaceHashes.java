package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.expression.HashFiles;
import dev.rehearsal.core.workflow.trigger.FilterPattern;
import dev.rehearsal.runner.RunnerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code hashFiles(...)} over the job's workspace (GitHub Docs, "hashFiles": "a single hash for the
 * set of files that matches the path pattern … SHA-256 … an empty string" when nothing matches):
 * each matching file's SHA-256, in path order, hashed together. Patterns match paths relative to
 * {@code GITHUB_WORKSPACE}; a later {@code !pattern} excludes.
 */
final class WorkspaceHashes implements HashFiles {
  private final Path workspace;

  WorkspaceHashes(Path workspace) {
    this.workspace = workspace;
  }

  @Override
  public String hash(List<String> patterns, boolean followSymbolicLinks) {
    List<FilterPattern> compiled;
    try {
      compiled = patterns.stream().map(FilterPattern::compile).toList();
    } catch (IllegalArgumentException e) {
      throw new RunnerException("hashFiles: " + e.getMessage(), e);
    }
    if (!Files.isDirectory(workspace)) {
      return "";
    }
    try (Stream<Path> files = Files.walk(workspace)) {
      List<Path> matching =
          files
              .filter(Files::isRegularFile)
              .filter(file -> matches(compiled, workspace.relativize(file).toString()))
              .sorted()
              .toList();
      if (matching.isEmpty()) {
        return "";
      }
      MessageDigest all = sha256();
      for (Path file : matching) {
        all.update(fileHash(file));
      }
      return HexFormat.of().formatHex(all.digest());
    } catch (IOException e) {
      throw new RunnerException("hashFiles could not read the workspace: " + e.getMessage(), e);
    }
  }

  private static boolean matches(List<FilterPattern> patterns, String path) {
    boolean matched = false;
    for (FilterPattern pattern : patterns) {
      if (pattern.matches(path)) {
        matched = !pattern.negated();
      }
    }
    return matched;
  }

  private static byte[] fileHash(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[65536];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
