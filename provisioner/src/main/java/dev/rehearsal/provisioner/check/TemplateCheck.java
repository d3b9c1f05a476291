package dev.rehearsal.provisioner.check;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.lint.LintRule;
import dev.rehearsal.core.lint.StackLint;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import dev.rehearsal.provisioner.LintRefusal;
import java.util.List;
import java.util.Set;

/**
 * Core's lint, run on the stack about to be applied: what IAM itself would refuse stops the run
 * before any resource is made, with the finding and its line, instead of failing halfway with the
 * service's message.
 */
public final class TemplateCheck {
  /** The rules whose findings IAM refuses too (GHOIDC001: IAM's GitHub {@code sub} guardrail). */
  static final Set<LintRule> REFUSED_BY_IAM = Set.of(LintRule.GHOIDC001);

  private TemplateCheck() {}

  /**
   * @throws LintRefusal naming every finding IAM would refuse
   */
  public static void refuseWhatIamRejects(ResolvedStack stack) {
    List<LocatedFinding> refused =
        StackLint.lint(stack).stream()
            .filter(f -> REFUSED_BY_IAM.contains(f.finding().rule()))
            .toList();
    if (!refused.isEmpty()) {
      throw new LintRefusal(refused);
    }
  }
}
