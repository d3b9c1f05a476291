package dev.rehearsal.core.lint;

import java.util.List;
import java.util.Optional;

/** Where the findings about one policy of one role (or one provider) go. */
record Findings(String subject, Optional<LintPolicy> policy, List<Finding> out) {
  void add(LintRule rule, String message, String pointer) {
    out.add(new Finding(rule, message, subject, policy.map(LintPolicy::name), pointer));
  }

  Pointers pointers() {
    return policy.map(LintPolicy::pointers).orElse(new Pointers(Optional.empty()));
  }
}
