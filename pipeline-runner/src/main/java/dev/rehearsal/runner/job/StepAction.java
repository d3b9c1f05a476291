package dev.rehearsal.runner.job;

import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.shell.ScriptStep;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a step does: a {@code run:} script, or {@code uses:} an action with its {@code with:}. */
public sealed interface StepAction {
  /** A {@code run:} step. */
  record Run(ScriptStep script) implements StepAction {}

  /** A {@code uses:} step; {@code inputs} in the order the workflow gives them. */
  record Uses(ActionRef action, Map<String, String> inputs) implements StepAction {
    public Uses {
      inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
  }
}
