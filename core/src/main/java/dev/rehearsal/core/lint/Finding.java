package dev.rehearsal.core.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * One lint finding: the rule, its severity, a message that says the risk and the fix, what it
 * concerns (a role or a provider, by name), the policy within it (empty for a provider), and a JSON
 * pointer (RFC 6901) to the element inside that policy, or inside the provider's properties, e.g.
 * {@code /Statement/0/Condition/StringLike/token.actions.githubusercontent.com:sub}. The CLI maps
 * the pointer to a file, line and column.
 */
public record Finding(
    LintRule rule, String message, String subject, Optional<String> policy, String pointer) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(pointer, "pointer");
  }

  public String ruleId() {
    return rule.id();
  }

  public Severity severity() {
    return rule.severity();
  }

  @Override
  public String toString() {
    return rule.id()
        + " "
        + rule.severity().sarifLevel()
        + " "
        + subject
        + policy.map(p -> " " + p).orElse("")
        + " "
        + pointer
        + ": "
        + message;
  }
}
