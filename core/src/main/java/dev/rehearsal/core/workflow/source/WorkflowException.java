package dev.rehearsal.core.workflow.source;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Optional;

/**
 * A workflow file GitHub would refuse, or one this rehearsal does not run. The message names the
 * problem (in GitHub's words where GitHub has them), the line and column, the key's path in the
 * file ({@code jobs.build.steps[2].uses}) and what would be accepted instead, e.g. {@code
 * Unsupported key 'services' at line 12, column 5 (jobs.build.services): ...}.
 *
 * <p>Carries {@link AwsErrorCode#VALIDATION_ERROR} only because every project error must name one:
 * GitHub itself answers an invalid workflow with a failed run, not an error code.
 */
public final class WorkflowException extends RehearsalException {
  private final transient Location location;
  private final String path;

  public WorkflowException(String problem, Location location, String path, String detail) {
    super(AwsErrorCode.VALIDATION_ERROR, message(problem, location, path, detail));
    this.location = location;
    this.path = path == null ? "" : path;
  }

  /** A problem with {@code node}: its location and path go into the message. */
  public static WorkflowException at(Node node, String problem, String detail) {
    return new WorkflowException(problem, node.location(), node.path(), detail);
  }

  private static String message(String problem, Location location, String path, String detail) {
    StringBuilder message = new StringBuilder(problem);
    if (location != null) {
      message.append(" at ").append(location);
    }
    if (path != null && !path.isEmpty()) {
      message.append(" (").append(path).append(')');
    }
    if (detail != null && !detail.isEmpty()) {
      message.append(": ").append(detail);
    }
    return message.toString();
  }

  /** Where the problem is, when it can be pinned to a place in the file. */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /**
   * The path of the offending key or item, e.g. {@code jobs.build.needs[0]}; empty for the file.
   */
  public String path() {
    return path;
  }
}
