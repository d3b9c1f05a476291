package dev.rehearsal.runner.action.disk;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.NativeAction;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An action of the workflow's own repository, {@code uses: ./path}: read from the workspace when
 * its step runs (so after {@code actions/checkout} has filled it), as actions/runner loads a local
 * action only then. Its {@code pre} step never runs, as on GitHub, which warns about it.
 */
public final class LocalAction implements NativeAction {
  private final ActionRef.Local ref;
  private final Path folder;
  private final Path workspace;
  private final ActionLoader loader;
  private final int depth;
  private NativeAction loaded;

  public LocalAction(ActionRef.Local ref, Path workspace, ActionLoader loader, int depth) {
    this.ref = ref;
    this.workspace = workspace;
    this.folder = workspace.resolve(ref.path()).normalize();
    this.loader = loader;
    this.depth = depth;
  }

  /**
   * @throws dev.rehearsal.runner.action.ActionFailedException the folder has no action, or one the
   *     runner would refuse
   */
  @Override
  public ActionMetadata metadata() {
    ActionMetadata metadata = action().metadata();
    return new ActionMetadata(
        metadata.inputs(), metadata.deprecations(), Optional.empty(), metadata.postCondition());
  }

  @Override
  public void main(ActionContext context) {
    NativeAction action = action();
    if (action.metadata().hasPre()) {
      context.log().warning("`pre` execution is not supported for local action from '" + ref + "'");
    }
    context.log().info("Real code from " + folder);
    action.main(context);
  }

  @Override
  public void post(ActionContext context) {
    action().post(context);
  }

  private synchronized NativeAction action() {
    if (loaded == null) {
      loaded =
          loader.load(
              folder,
              "Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '"
                  + folder
                  + "'. Did you forget to run actions/checkout before running your local action?",
              workspace,
              depth);
    }
    return loaded;
  }
}
