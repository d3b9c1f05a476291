package dev.rehearsal.core.workflow;

import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Job and step ids within one scope, checked as GitHub's {@code IdBuilder.TryAddKnownId} does
 * (actions/runner, {@code WorkflowParser/Conversion/IdBuilder.cs}), with its messages.
 */
final class Identifiers {
  private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final int MAX_LENGTH = 100;

  private final Set<String> known = new HashSet<>();

  void add(Node.Scalar id) {
    String value = id.text();
    if (!VALID.matcher(value).matches() || value.length() >= MAX_LENGTH) {
      throw WorkflowException.at(
          id,
          "The identifier '"
              + value
              + "' is invalid. IDs may only contain alphanumeric characters, '_', and '-'. IDs"
              + " must start with a letter or '_' and must be less than "
              + MAX_LENGTH
              + " characters.",
          null);
    }
    if (value.startsWith("__")) {
      throw WorkflowException.at(
          id,
          "The identifier '" + value + "' is invalid. IDs starting with '__' are reserved.",
          null);
    }
    if (!known.add(value.toLowerCase(Locale.ROOT))) {
      throw WorkflowException.at(
          id,
          "The identifier '" + value + "' may not be used more than once within the same scope.",
          null);
    }
  }
}
