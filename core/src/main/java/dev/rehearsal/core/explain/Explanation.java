package dev.rehearsal.core.explain;

import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.Outcome;
import dev.rehearsal.core.federation.WebIdentityCheck;
import dev.rehearsal.core.federation.WebIdentityDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        lines.addAll(step(description, decision.trust().get()));
        continue;
      }
      String[] detail = check.detail().split("\n");
      lines.add(check(check.passed(), description, detail[0]));
      lines.addAll(indented(List.of(detail).subList(1, detail.length)));
    }
    return List.copyOf(lines);
  }

  /**
   * A policy evaluation as one check of a larger decision: {@code pass: WHAT: ALLOW} or {@code
   * FAIL: WHAT: IMPLICIT_DENY}, then the evaluation's lines, indented.
   */
  public static List<String> step(String what, Decision decision) {
    List<String> lines = new ArrayList<>();
    lines.add(check(decision.allowed(), what, decision.outcome().name()));
    lines.addAll(indented(of(decision)));
    return List.copyOf(lines);
  }

  /** An ECR authorisation as one check: {@code pass: ecr:ACTION on ARN: REASON}, then its lines. */
  public static List<String> step(EcrDecision decision) {
    List<String> lines = new ArrayList<>();
    lines.add(
        check(
            decision.allowed(),
            decision.action() + " on " + decision.resourceArn(),
            decision.reason().name()));
    List<String> detail = of(decision);
    lines.addAll(indented(detail.subList(1, detail.size())));
    return List.copyOf(lines);
  }

  /**
   * Why a policy evaluation did not allow, in one line: the denying statement, else each
   * statement's reason for not applying (a failed condition with its values).
   */
  public static String why(Decision decision) {
    List<String> lines = of(decision);
    if (decision.outcome() != Outcome.IMPLICIT_DENY) {
      return lines.get(0);
    }
    List<String> reasons =
        lines.subList(1, lines.size()).stream()
            .filter(line -> line.contains(" did not apply: "))
            .toList();
    return reasons.isEmpty() ? lines.get(0) : String.join("; ", reasons);
  }

  /** Why ECR refused, in one line; empty when it allowed. */
  public static Optional<String> why(EcrDecision decision) {
    return switch (decision.reason()) {
      case IDENTITY_EXPLICIT_DENY ->
          Optional.of("identity-based policy: " + why(decision.identity()));
      case RESOURCE_EXPLICIT_DENY ->
          Optional.of("repository policy: " + why(decision.resource().orElseThrow()));
      case IMPLICIT_DENY ->
          Optional.of(
              "identity-based policies: "
                  + why(decision.identity())
                  + decision.resource().map(r -> "; repository policy: " + why(r)).orElse(""));
      default -> Optional.empty();
    };
  }

  /** The failed check of a web-identity decision, in one line; empty when it was granted. */
  public static Optional<String> why(WebIdentityDecision decision) {
    for (WebIdentityCheck check : decision.checks()) {
      if (!check.passed()) {
        String what = check.step().description();
        if (check.step() == WebIdentityCheck.Step.TRUST_POLICY && decision.trust().isPresent()) {
          return Optional.of(what + ": no — " + why(decision.trust().get()));
        }
        return Optional.of(what + ": no — " + check.detail().split("\n")[0]);
      }
    }
    return Optional.empty();
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
