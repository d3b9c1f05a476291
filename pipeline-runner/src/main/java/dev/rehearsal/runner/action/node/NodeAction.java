package dev.rehearsal.runner.action.node;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.action.manifest.ActionManifest;
import dev.rehearsal.runner.action.manifest.Runs;
import dev.rehearsal.runner.process.ProcessOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JavaScript action run from its code, as actions/runner's {@code NodeScriptActionHandler} runs
 * it: {@code node <script>} in the workspace, for its {@code pre}, {@code main} or {@code post}
 * stage, with the step's environment, {@code STATE_<name>} for what earlier stages saved, {@code
 * INPUT_<NAME>} for each input (the name upper-cased, spaces as {@code _}; the value as given,
 * which {@code core.getInput} trims) and without {@code NODE_ICU_DATA}; a non-zero exit code fails
 * the step (the action has said why, through {@code core.setFailed}).
 */
public final class NodeAction implements NativeAction {
  private final ActionManifest manifest;
  private final Runs.Node runs;
  private final NodeRuntime node;

  /**
   * @throws IllegalArgumentException when the manifest is not a JavaScript action's
   */
  public NodeAction(ActionManifest manifest, NodeRuntime node) {
    if (!(manifest.runs() instanceof Runs.Node javascript)) {
      throw new IllegalArgumentException(manifest.file() + " is not a JavaScript action");
    }
    this.manifest = manifest;
    this.runs = javascript;
    this.node = node;
  }

  @Override
  public ActionMetadata metadata() {
    return manifest.metadata();
  }

  @Override
  public void pre(ActionContext context) {
    run(context, runs.pre().orElseThrow());
  }

  @Override
  public void main(ActionContext context) {
    run(context, runs.main());
  }

  @Override
  public void post(ActionContext context) {
    run(context, runs.post().orElseThrow());
  }

  private void run(ActionContext context, String script) {
    Path target = manifest.directory().resolve(script).normalize();
    if (!Files.isRegularFile(target)) {
      throw new ActionFailedException("File not found: '" + target + "'");
    }
    node.mismatch(runs.using()).ifPresent(context.log()::warning);
    ProcessOutcome outcome =
        context.runProcess(
            List.of(node.executable().toString(), target.toString()),
            context.workspace(),
            environment(context));
    context.log().debug("Node Action run completed with exit code " + outcome.exitCode());
    if (outcome.exitCode() != 0 && !outcome.timedOut() && !outcome.cancelled()) {
      context.fail();
    }
  }

  /** The process environment of a stage: the step's, then the state, then the inputs. */
  static Map<String, String> environment(ActionContext context) {
    Map<String, String> environment = new LinkedHashMap<>(context.environment());
    context.savedState().forEach((name, value) -> environment.put("STATE_" + name, value));
    context
        .inputs()
        .forEach(
            (name, value) ->
                environment.put("INPUT_" + name.replace(' ', '_').toUpperCase(Locale.ROOT), value));
    // actions/runner#795: a NODE_ICU_DATA meant for another node breaks the action's.
    environment.remove("NODE_ICU_DATA");
    return environment;
  }
}
