package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.PatternElement;
import java.util.Optional;

/**
 * {@code Action}/{@code NotAction} or {@code Resource}/{@code NotResource}: the request value
 * matches when any pattern does; the Not form matches when none does ("NotAction ... explicitly
 * matches everything except the specified list", IAM User Guide, "IAM JSON policy elements:
 * NotAction" and "NotResource"). Action names are case-insensitive ("The prefix and the action name
 * are case insensitive", "IAM JSON policy elements: Action"); resources are case-sensitive, may
 * hold policy variables, and read ARN wildcards segment by segment ({@link
 * Wildcard#boundedToArnSegments()}). A resource pattern whose variable has no value "will not match
 * any resource" ("Policy variables with no value").
 */
final class PatternMatcher {
  private static final PatternMatcher ABSENT =
      new PatternMatcher(false, new ValueTemplate[0], null);

  private final boolean negated;
  private final ValueTemplate[] templates;
  private final Wildcard[] fixed;

  private PatternMatcher(boolean negated, ValueTemplate[] templates, Wildcard[] fixed) {
    this.negated = negated;
    this.templates = templates;
    this.fixed = fixed;
  }

  static PatternMatcher actions(PatternElement element) {
    Wildcard[] patterns = new Wildcard[element.patterns().size()];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = Wildcard.compile(element.patterns().get(i), true);
    }
    return new PatternMatcher(element.negated(), new ValueTemplate[0], patterns);
  }

  static PatternMatcher resources(Optional<PatternElement> element, boolean policyVariables) {
    if (element.isEmpty()) {
      return ABSENT;
    }
    ValueTemplate[] templates = new ValueTemplate[element.get().patterns().size()];
    boolean anyVariable = false;
    for (int i = 0; i < templates.length; i++) {
      templates[i] = ValueTemplate.parse(element.get().patterns().get(i), policyVariables);
      anyVariable |= templates[i].hasVariables();
    }
    Wildcard[] fixed = anyVariable ? null : resolveAll(templates, ContextKeys.empty());
    return new PatternMatcher(element.get().negated(), templates, fixed);
  }

  /** Whether the element matches; an absent element or an absent request value always does. */
  boolean matches(Optional<String> value, ContextKeys context) {
    if (this == ABSENT || value.isEmpty()) {
      return true;
    }
    return matches(value.get(), context);
  }

  boolean matches(String value, ContextKeys context) {
    Wildcard[] patterns = fixed != null ? fixed : resolveAll(templates, context);
    for (Wildcard pattern : patterns) {
      if (pattern != null && pattern.matches(value)) {
        return !negated;
      }
    }
    return negated;
  }

  private static Wildcard[] resolveAll(ValueTemplate[] templates, ContextKeys context) {
    Wildcard[] out = new Wildcard[templates.length];
    for (int i = 0; i < templates.length; i++) {
      Wildcard resolved = templates[i].resolve(context, false);
      out[i] = resolved == null ? null : resolved.boundedToArnSegments();
    }
    return out;
  }
}
