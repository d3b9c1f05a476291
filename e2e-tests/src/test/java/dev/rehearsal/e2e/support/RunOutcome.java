package dev.rehearsal.e2e.support;

import dev.rehearsal.runner.workflow.RunReport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rehearsal left: the runner's report and the log as GitHub's log view shows it.
 *
 * @param report whether the event triggered the workflow, and each job's result
 * @param log every step's output, masked
 */
public record RunOutcome(RunReport report, String log) {
  /** docker push's last line: {@code TAG: digest: sha256:HEX size: N}. */
  private static final Pattern PUSHED =
      Pattern.compile("\\S+: digest: (sha256:[0-9a-f]{64}) size:");

  public boolean succeeded() {
    return report.succeeded();
  }

  /** The manifest digest {@code docker push} printed. */
  public String pushedDigest() {
    Matcher matcher = PUSHED.matcher(log);
    if (!matcher.find()) {
      throw new AssertionError("docker push printed no digest:\n" + log);
    }
    return matcher.group(1);
  }
}
