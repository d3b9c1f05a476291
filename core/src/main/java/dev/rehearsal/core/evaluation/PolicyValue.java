package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.OperatorType;

/**
 * One condition value: compiled once when it holds no policy variable, otherwise substituted and
 * compiled for each request (only policies that use variables pay for it).
 */
final class PolicyValue {
  private final ValueTemplate template;
  private final ValueTest fixed;

  private PolicyValue(ValueTemplate template, ValueTest fixed) {
    this.template = template;
    this.fixed = fixed;
  }

  static PolicyValue compile(OperatorType type, String written, boolean variables) {
    ValueTemplate template = ValueTemplate.parse(written, variables);
    if (template.hasVariables()) {
      return new PolicyValue(template, null);
    }
    return new PolicyValue(
        template, ValueTests.compile(type, template.resolve(ContextKeys.empty(), false)));
  }

  boolean hasVariables() {
    return template.hasVariables();
  }

  ValueTest resolve(OperatorType type, ContextKeys context) {
    if (fixed != null) {
      return fixed;
    }
    Wildcard substituted = template.resolve(context, false);
    return substituted == null ? ValueTest.NOTHING : ValueTests.compile(type, substituted);
  }

  String display(ContextKeys context) {
    return template.display(context);
  }
}
