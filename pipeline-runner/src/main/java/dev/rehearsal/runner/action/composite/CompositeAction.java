package dev.rehearsal.runner.action.composite;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.ActionResolver;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.action.manifest.ActionManifest;
import dev.rehearsal.runner.action.manifest.CompositeStep;
import dev.rehearsal.runner.action.manifest.Runs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A composite action run from its {@code action.yml}, as actions/runner's {@code
 * CompositeActionHandler} runs it: its steps in order with its {@code inputs} and its own {@code
 * steps} context, each step's {@code if} reading the composite's status, its outputs from {@code
 * outputs.<id>.value}. The actions its steps use from other repositories are resolved when it is
 * loaded, as the runner downloads them at set-up; {@code ./path} ones when their step runs.
 *
 * <p>Their post steps run in this action's post step, in reverse order, as the runner runs a
 * composite's embedded post steps: it has one when one of them declares {@code post}, or uses a
 * {@code ./path} action (which the runner assumes has one). One instance runs one step of a job.
 */
public final class CompositeAction implements NativeAction {
  private final ActionManifest manifest;
  private final Runs.Composite runs;
  private final ActionResolver resolver;
  private final int depth;
  private final Map<Integer, NativeAction> remote;
  private final ActionMetadata metadata;
  private final List<NestedPost> posts = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param workspace the job's workspace, where {@code ./path} actions are found
   * @param depth how deep this action is in composite actions (0 for a step of the job)
   * @throws dev.rehearsal.runner.action.ActionFailedException an action of its steps cannot be
   *     found, or the composite actions are nested too deep
   */
  public CompositeAction(
      ActionManifest manifest, ActionResolver resolver, Path workspace, int depth) {
    if (!(manifest.runs() instanceof Runs.Composite composite)) {
      throw new IllegalArgumentException(manifest.file() + " is not a composite action");
    }
    this.manifest = manifest;
    this.runs = composite;
    this.resolver = resolver;
    this.depth = depth;
    this.remote = new HashMap<>();
    boolean hasPost = false;
    for (int i = 0; i < composite.steps().size(); i++) {
      if (composite.steps().get(i).action() instanceof CompositeStep.Uses uses) {
        if (uses.action() instanceof ActionRef.Repository) {
          NativeAction nested = resolver.resolve(uses.action(), workspace, depth + 1);
          remote.put(i, nested);
          hasPost |= nested.metadata().hasPost();
        } else {
          hasPost = true;
        }
      }
    }
    ActionMetadata declared = manifest.metadata();
    this.metadata =
        new ActionMetadata(
            declared.inputs(),
            declared.deprecations(),
            declared.preCondition(),
            hasPost ? Optional.of(ActionMetadata.ALWAYS) : declared.postCondition());
  }

  @Override
  public ActionMetadata metadata() {
    return metadata;
  }

  @Override
  public void main(ActionContext context) {
    CompositeRun run = new CompositeRun(manifest, runs, context, this::nested, posts::add);
    for (int i = 0; i < runs.steps().size(); i++) {
      if (!run.step(i)) {
        break;
      }
    }
    run.finish();
  }

  @Override
  public void post(ActionContext context) {
    List<NestedPost> reversed = new ArrayList<>(posts);
    Collections.reverse(reversed);
    posts.clear();
    for (NestedPost post : reversed) {
      post.run(context);
    }
  }

  /** The action of step {@code index}, which uses one; a {@code ./path} one found now. */
  private NativeAction nested(int index, Path workspace) {
    NativeAction loaded = remote.get(index);
    if (loaded != null) {
      return loaded;
    }
    CompositeStep.Uses uses = (CompositeStep.Uses) runs.steps().get(index).action();
    return resolver.resolve(uses.action(), workspace, depth + 1);
  }
}
