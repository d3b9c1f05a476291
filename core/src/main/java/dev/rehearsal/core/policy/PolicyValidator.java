package dev.rehearsal.core.policy;

import static dev.rehearsal.core.policy.PolicyErrors.malformed;
import static dev.rehearsal.core.policy.PolicyErrors.quote;

import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a policy that passed the grammar against the rules IAM applies next, in IAM's order (the
 * order moto's IAM validator reproduces from AWS's answers): unique statement IDs, actions present,
 * resources in ARN format, actions prefixed by a vendor, then the rules of the policy's kind.
 */
public final class PolicyValidator {
  private static final Pattern ALPHANUMERIC = Pattern.compile("[0-9A-Za-z]*");

  private PolicyValidator() {}

  /**
   * @throws MalformedPolicyDocumentException with IAM's message for the first rule broken
   */
  public static void validate(PolicyDocument document, PolicyKind kind) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(kind, "kind");
    List<Statement> statements = document.statements();
    requireUniqueSids(statements);
    if (kind.requiresAlphanumericSid()) {
      requireAlphanumericSids(statements);
    }
    requireActions(statements);
    for (int i = 0; i < statements.size(); i++) {
      PatternRules.checkResources(statements.get(i), "Statement[" + i + "]");
    }
    for (int i = 0; i < statements.size(); i++) {
      PatternRules.checkActions(statements.get(i), "Statement[" + i + "]");
    }
    PrincipalRules.check(statements, kind);
  }

  /** IAM User Guide, "IAM JSON policy elements: Sid": IDs are unique within a policy. */
  private static void requireUniqueSids(List<Statement> statements) {
    Map<String, Integer> firstUse = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      String sid = statements.get(i).sid().orElse("");
      // moto (after AWS) ignores empty IDs: "Sid": "" twice is accepted.
      Integer earlier = sid.isEmpty() ? null : firstUse.putIfAbsent(sid, i);
      if (earlier != null) {
        throw malformed(
            PolicyErrors.DUPLICATE_SID,
            "Sid "
                + quote(sid)
                + " is used by Statement["
                + earlier
                + "] and Statement["
                + i
                + "].");
      }
    }
  }

  private static void requireAlphanumericSids(List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      String sid = statements.get(i).sid().orElse("");
      if (!ALPHANUMERIC.matcher(sid).matches()) {
        throw malformed(
            PolicyErrors.SID_NOT_ALPHANUMERIC, "Statement[" + i + "].Sid is " + quote(sid) + ".");
      }
    }
  }

  private static void requireActions(List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).action().patterns().isEmpty()) {
        throw malformed(
            PolicyErrors.NO_ACTIONS,
            "Statement[" + i + "] has no Action or NotAction, or an empty list.");
      }
    }
  }
}
