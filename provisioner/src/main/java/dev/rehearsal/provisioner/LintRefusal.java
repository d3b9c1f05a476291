package dev.rehearsal.provisioner;

import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A template refused before anything is applied, because IAM would refuse it anyway: core's lint
 * findings that say so (GHOIDC001, the GitHub {@code sub} guardrail), each with its resource and
 * the template line.
 */
public final class LintRefusal extends ProvisionException {
  private final transient List<LocatedFinding> findings;

  public LintRefusal(List<LocatedFinding> findings) {
    super("MalformedPolicyDocument", describe(findings));
    this.findings = List.copyOf(findings);
  }

  public List<LocatedFinding> findings() {
    return findings;
  }

  private static String describe(List<LocatedFinding> findings) {
    return findings.stream()
        .map(
            f ->
                f.logicalId()
                    + f.location()
                        .map(l -> " (line " + l.line() + ", column " + l.column() + ")")
                        .orElse("")
                    + ": "
                    + f.finding().ruleId()
                    + " "
                    + f.finding().message())
        .collect(Collectors.joining("\n"));
  }
}
