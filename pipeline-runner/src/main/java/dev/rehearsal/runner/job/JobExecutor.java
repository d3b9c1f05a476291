package dev.rehearsal.runner.job;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.log.SecretMasker;
import dev.rehearsal.runner.log.TextLog;
import dev.rehearsal.runner.token.JobToken;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a job's steps as a GitHub runner runs them: "Set up job" resolves every action and registers
 * the job with the token issuer (an action that cannot be resolved fails the job before any step);
 * each step runs when its condition holds for the job's status, its exports reaching the steps
 * after it; the actions' post steps run last, in reverse order; the job's token registration ends
 * with it. Prints a GitHub-like log and returns a {@link JobReport}.
 */
public final class JobExecutor {
  private final RunnerSetup setup;

  public JobExecutor(RunnerSetup setup) {
    this.setup = setup;
  }

  /** Cancels the running job: the running process tree ends, later steps are skipped. */
  public void cancel() {
    setup.cancellation().cancel();
  }

  public JobReport run(Job job) {
    long start = System.nanoTime();
    SecretMasker masker = new SecretMasker();
    job.secrets().forEach(masker::add);
    TextLog log = new TextLog(setup.out(), masker, setup.debug());
    List<StepReport> reports = new ArrayList<>();
    log.info("▶ Set up job");
    JobDirectories directories = JobDirectories.create(setup.work(), job.run());
    List<Optional<NativeAction>> actions = resolve(job, directories.workspace(), log);
    if (actions == null) {
      return finish(job, JobStatus.FAILURE, reports, start, log);
    }
    Optional<JobToken> token;
    try {
      token = setup.tokens().map(tokens -> tokens.register(job.run(), job.permissions()));
    } catch (RehearsalException e) {
      log.error(e.getMessage());
      return finish(job, JobStatus.FAILURE, reports, start, log);
    }
    // The runner masks the job's own access token from the start, as every secret of the job.
    token.flatMap(JobToken::requestToken).ifPresent(masker::add);
    Map<String, String> runnerVariables =
        RunnerVariables.of(job.run(), job.id(), directories, setup.debug());
    JobContext context =
        new JobContext(
            setup,
            directories,
            masker,
            log,
            job.env(),
            runnerVariables,
            token.map(JobToken::environment).orElse(Map.of()),
            RunnerContexts.of(runnerVariables, directories.eventFile(), job.contexts()));
    JobStatus status = JobStatus.SUCCESS;
    try {
      status = new StepSequence(context).run(job.steps(), actions, reports);
    } finally {
      token.ifPresent(registered -> end(registered, log));
    }
    return finish(job, status, reports, start, log);
  }

  /**
   * Each step's action (empty for a run step), or null (after saying why) when one is missing. An
   * action from another repository is found now and the log says how it runs (its real code from
   * where, or native); a {@code ./path} one is read from the workspace when its step runs.
   */
  private List<Optional<NativeAction>> resolve(Job job, Path workspace, TextLog log) {
    List<Optional<NativeAction>> actions = new ArrayList<>();
    for (StepPlan plan : job.steps()) {
      if (plan.uses().isEmpty()) {
        actions.add(Optional.empty());
        continue;
      }
      ActionCatalog.Resolution resolution = setup.actions().resolve(plan.uses().get(), workspace);
      if (resolution instanceof ActionCatalog.Resolution.Unresolved unresolved) {
        log.error(unresolved.message());
        return null;
      }
      ActionCatalog.Resolution.Found found = (ActionCatalog.Resolution.Found) resolution;
      if (plan.uses().get() instanceof ActionRef.Repository) {
        log.info("Download action repository '" + plan.uses().get() + "' (" + found.origin() + ")");
      }
      actions.add(Optional.of(found.action()));
    }
    return actions;
  }

  private void end(JobToken token, TextLog log) {
    try {
      setup.tokens().orElseThrow().end(token);
    } catch (RehearsalException e) {
      log.warning("The job's token registration could not be ended: " + e.getMessage());
    }
  }

  private JobReport finish(
      Job job, JobStatus status, List<StepReport> reports, long start, TextLog log) {
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    log.info("▶ Complete job");
    log.info("Job " + job.id() + ": " + status.value() + " (" + seconds(duration) + ")");
    for (StepReport step : reports) {
      log.info(
          "  "
              + mark(step.conclusion())
              + " "
              + step.name()
              + "  "
              + step.conclusion().value()
              + ", "
              + seconds(step.duration()));
    }
    return new JobReport(job.id(), status, reports, duration);
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static String mark(StepConclusion conclusion) {
    return switch (conclusion) {
      case SUCCESS -> "✓";
      case FAILURE -> "✗";
      case CANCELLED -> "⊘";
      case SKIPPED -> "-";
    };
  }

  /** Outputs as a report keeps them: masked. */
  static Map<String, String> masked(Map<String, String> outputs, SecretMasker masker) {
    Map<String, String> masked = new LinkedHashMap<>();
    outputs.forEach((name, value) -> masked.put(name, masker.mask(value)));
    return masked;
  }
}
