package dev.rehearsal.core.expression;

import java.util.List;

/**
 * What {@code hashFiles(…)} computes, supplied by whoever has the workspace: one SHA-256 over the
 * SHA-256 of each file the glob patterns match under {@code GITHUB_WORKSPACE}, or {@code ''} when
 * none match (docs, "hashFiles"; the runner runs its {@code hashFiles} script).
 */
@FunctionalInterface
public interface HashFiles {
  /**
   * @param patterns the glob patterns, each an argument converted to a string ({@code !} excludes)
   * @param followSymbolicLinks whether the first argument was {@code --follow-symbolic-links}
   * @throws ExpressionException when the files cannot be hashed, with the message to show
   */
  String hash(List<String> patterns, boolean followSymbolicLinks);
}
