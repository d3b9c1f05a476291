package dev.rehearsal.core.scenario;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.federation.WebIdentityDecision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to a scenario: the STS decision (with its trace) and, for a session, each ECR
 * action's decision; {@link #passed()} when everything matched what the scenario expected.
 *
 * @param roleRefused the role cannot exist: IAM refuses its trust policy ({@code errorCode} and
 *     {@code message} say why, as CreateRole would), so the scenario fails whatever it expected
 */
public record ScenarioResult(
    Scenario scenario,
    Verdict assume,
    Optional<String> errorCode,
    String message,
    WebIdentityDecision decision,
    List<EcrResult> ecr,
    boolean roleRefused) {
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    ecr = List.copyOf(ecr);
  }

  /** STS refused the call: no session, each ECR action denied ({@code ecr}). */
  static ScenarioResult refused(
      Scenario scenario, WebIdentityDecision.Refused refused, List<EcrResult> ecr) {
    return new ScenarioResult(
        scenario,
        Verdict.DENY,
        Optional.of(refused.code().code()),
        refused.message(),
        refused,
        ecr,
        false);
  }

  /** STS issued a session, whose ECR actions were decided ({@code ecr}). */
  static ScenarioResult granted(
      Scenario scenario, WebIdentityDecision decision, List<EcrResult> ecr) {
    return new ScenarioResult(scenario, Verdict.ALLOW, Optional.empty(), "", decision, ecr, false);
  }

  /** The role cannot be created: IAM refuses its trust policy, which is not evaluated. */
  static ScenarioResult roleRefused(
      Scenario scenario, RehearsalException iamRefusal, List<EcrResult> ecr) {
    return new ScenarioResult(
        scenario,
        Verdict.DENY,
        Optional.of(iamRefusal.errorCode().code()),
        iamRefusal.getMessage(),
        new WebIdentityDecision.Refused(
            List.of(), Optional.empty(), iamRefusal.errorCode(), iamRefusal.getMessage()),
        ecr,
        true);
  }

  /**
   * One ECR action for the session and IAM's decision, absent when there was no session. Explained
   * on demand: most results are read only for their verdict.
   */
  public record EcrResult(
      EcrExpectation expectation, String resource, Verdict actual, Optional<Decision> decision) {
    public boolean passed() {
      return actual == expectation.expected();
    }

    public String why() {
      return decision.map(Decision::explain).orElse("no session: the role could not be assumed");
    }
  }

  public boolean assumeMatched() {
    if (roleRefused || assume != scenario.expectedAssume()) {
      return false;
    }
    Optional<String> expected = scenario.expectedError();
    return expected.isEmpty() || (errorCode.isPresent() && expected.get().equals(errorCode.get()));
  }

  public boolean passed() {
    if (!assumeMatched()) {
      return false;
    }
    for (int i = 0; i < ecr.size(); i++) { // indexed: no iterator per result
      if (!ecr.get(i).passed()) {
        return false;
      }
    }
    return true;
  }

  /** The mismatches, one line each, for reports; empty when the scenario passed. */
  public List<String> mismatches() {
    List<String> lines = new java.util.ArrayList<>();
    if (roleRefused) {
      lines.add(
          "role "
              + scenario.role()
              + " cannot be created: IAM refuses its trust policy ("
              + errorCode.orElse("")
              + ": "
              + message
              + ")");
      return lines;
    }
    if (!assumeMatched()) {
      lines.add(
          "expected assume "
              + scenario.expectedAssume().word()
              + scenario.expectedError().map(e -> " (" + e + ")").orElse("")
              + ", got "
              + assume.word()
              + errorCode.map(e -> " (" + e + ": " + message + ")").orElse(""));
    }
    for (EcrResult result : ecr) {
      if (!result.passed()) {
        lines.add(
            "expected "
                + result.expectation().action()
                + " on "
                + result.resource()
                + " "
                + result.expectation().expected().word()
                + ", got "
                + result.actual().word()
                + ": "
                + result.why());
      }
    }
    return lines;
  }
}
