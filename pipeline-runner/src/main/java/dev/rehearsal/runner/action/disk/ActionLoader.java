package dev.rehearsal.runner.action.disk;

import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionResolver;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.action.composite.CompositeAction;
import dev.rehearsal.runner.action.manifest.ActionManifest;
import dev.rehearsal.runner.action.manifest.ManifestReader;
import dev.rehearsal.runner.action.manifest.Runs;
import dev.rehearsal.runner.action.node.NodeAction;
import dev.rehearsal.runner.action.node.NodeRuntime;
import java.nio.file.Path;

/**
 * Makes an action runnable from its folder: its {@code action.yml} read, a JavaScript action run
 * with the machine's {@code node}, a composite action's steps resolving their actions through the
 * job's {@link ActionResolver}.
 */
public final class ActionLoader {
  private final NodeRuntime node;
  private final ActionResolver resolver;

  public ActionLoader(NodeRuntime node, ActionResolver resolver) {
    this.node = node;
    this.resolver = resolver;
  }

  /**
   * @param notFound the message when the folder has no {@code action.yml} or {@code action.yaml}
   * @param workspace where the {@code ./path} actions of a composite action's steps are
   * @param depth how deep in composite actions the step that uses it is
   * @throws ActionFailedException no metadata file, one the runner would refuse, a container
   *     action, or a composite action whose steps' actions cannot be found
   */
  public NativeAction load(Path folder, String notFound, Path workspace, int depth) {
    Path file =
        ManifestReader.find(folder)
            .orElseThrow(
                () ->
                    new ActionFailedException(
                        ManifestReader.hasDockerfile(folder)
                            ? "Container actions are not rehearsed: "
                                + folder
                                + " has a Dockerfile and no action.yml"
                            : notFound));
    ActionManifest manifest = ManifestReader.read(file);
    if (manifest.runs() instanceof Runs.Composite) {
      return new CompositeAction(manifest, resolver, workspace, depth);
    }
    return new NodeAction(manifest, node);
  }
}
