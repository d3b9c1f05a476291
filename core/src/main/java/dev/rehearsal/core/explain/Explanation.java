package dev.rehearsal.core.explain;

import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.federation.WebIdentityCheck;
import dev.rehearsal.core.federation.WebIdentityDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * Core's decisions as lines a reader can follow without the code: each STS check in AWS's order
 * with what it found, each policy statement with its conditions and the request's values. The
 * emulators record these lines with every decision ({@code rehearse explain}); the words are the
 * evaluators' own ({@link Decision#explain()}, {@link EcrDecision#explain()}), split into lines.
 */
public final class Explanation {
  /** How a line of a nested evaluation is set off from the step that ran it. */
  static final String INDENT = "  ";

  private Explanation() {}

  /** A policy evaluation: its outcome, then one line per statement. */
  public static List<String> of(Decision decision) {
    return List.of(decision.explain().split("\n"));
  }

  /** An ECR authorisation: the outcome and its reason, identity policies, the repository policy. */
  public static List<String> of(EcrDecision decision) {
    return List.of(decision.explain().split("\n"));
  }

  /**
   * An {@code AssumeRoleWithWebIdentity} decision: every check taken, in AWS's order ({@code pass}
   * or {@code FAIL}, what was checked, what was found), the trust policy's evaluation under the
   * check that ran it.
   */
  public static List<String> of(WebIdentityDecision decision) {
    List<String> lines = new ArrayList<>();
    for (WebIdentityCheck check : decision.checks()) {
      String description = check.step().description();
      if (check.step() == WebIdentityCheck.Step.TRUST_POLICY && decision.trust().isPresent()) {
        // The evaluation's own lines say more than the check's detail, which repeats them.
        Decision trust = decision.trust().get();
        lines.add(check(check.passed(), description, trust.outcome().name()));
        lines.addAll(indented(of(trust)));
        continue;
      }
      String[] detail = check.detail().split("\n");
      lines.add(check(check.passed(), description, detail[0]));
      lines.addAll(indented(List.of(detail).subList(1, detail.length)));
    }
    return List.copyOf(lines);
  }

  /** One check of a decision: {@code pass: WHAT: FOUND} or {@code FAIL: WHAT: FOUND}. */
  public static String check(boolean passed, String what, String found) {
    String head = (passed ? "pass: " : "FAIL: ") + what;
    return found.isEmpty() ? head : head + ": " + found;
  }

  /** {@code lines}, each set off by two spaces: the detail of the line before them. */
  public static List<String> indented(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(INDENT + line);
    }
    return out;
  }
}
