package dev.rehearsal.runner.action;

import java.nio.file.Path;

/**
 * Finds the action a {@code uses:} names, as the job finds its own steps' actions: a composite
 * action's steps resolve theirs through it.
 */
@FunctionalInterface
public interface ActionResolver {
  /**
   * actions/runner's limit on composite actions in composite actions ({@code
   * Constants.CompositeActionsMaxDepth}).
   */
  int MAX_DEPTH = 9;

  /**
   * @param workspace where a {@code ./path} action is found
   * @param depth how deep in composite actions the step is (0 for a step of the job)
   * @throws ActionFailedException the action cannot be found, with how to provide it, or the
   *     composite actions are nested deeper than {@link #MAX_DEPTH}
   */
  NativeAction resolve(ActionRef ref, Path workspace, int depth);
}
