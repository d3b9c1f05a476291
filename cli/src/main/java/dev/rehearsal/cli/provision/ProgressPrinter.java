package dev.rehearsal.cli.provision;

import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.StackEvent;
import dev.rehearsal.provisioner.StackPreview;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Prints a run as it happens: the plan first, then each event on a line of its own (time, resource,
 * status, type, physical id, and why when it failed), as the AWS console's Events tab lists them.
 */
final class ProgressPrinter implements ProvisionListener {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final PrintWriter out;

  ProgressPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void planned(StackPreview preview) {
    PlanText.write(out, preview);
    out.println();
    out.flush();
  }

  @Override
  public void event(StackEvent event) {
    out.printf(
        "%s  %-20s %-36s %s%s%s%n",
        TIME.format(event.timestamp()),
        event.logicalId(),
        event.status(),
        event.type(),
        event.physicalId().isEmpty() || event.stack() ? "" : "  " + event.physicalId(),
        event.reason().map(r -> "  " + r).orElse(""));
    out.flush();
  }

  @Override
  public void note(String message) {
    out.println(message);
    out.flush();
  }
}
