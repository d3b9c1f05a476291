package dev.rehearsal.core.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints a bare policy document, as IAM Access Analyzer's {@code ValidatePolicy} takes one: a role's
 * trust policy (its GitHub OIDC trust rules) or an identity policy (its ECR permission rules). The
 * type is given, or detected: a document whose statements name a {@code Principal} (or {@code
 * NotPrincipal}) is a trust policy — an identity policy may name none (IAM User Guide, "IAM JSON
 * policy elements: Principal").
 */
public final class PolicyLint {
  /** What findings call the role a bare policy belongs to. */
  public static final String ROLE = "role";

  private PolicyLint() {}

  /** The kinds of bare policy lint and check read. */
  public enum PolicyType {
    TRUST(PolicyKind.TRUST),
    IDENTITY(PolicyKind.IDENTITY);

    private final PolicyKind kind;

    PolicyType(PolicyKind kind) {
      this.kind = kind;
    }

    public PolicyKind kind() {
      return kind;
    }
  }

  /** The type a document's statements show: trust when one names a principal. */
  public static PolicyType detect(JsonNode document) {
    JsonNode statements = document.path("Statement");
    List<JsonNode> list = new ArrayList<>();
    if (statements.isArray()) {
      statements.forEach(list::add);
    } else {
      list.add(statements);
    }
    boolean principal = list.stream().anyMatch(s -> s.has("Principal") || s.has("NotPrincipal"));
    return principal ? PolicyType.TRUST : PolicyType.IDENTITY;
  }

  /**
   * The parsed document of {@code tree}.
   *
   * @throws dev.rehearsal.core.error.MalformedPolicyDocumentException as IAM would refuse it
   */
  public static PolicyDocument parse(SourceTree tree, PolicyType type) {
    return PolicyParser.parse(tree.root(), type.kind());
  }

  /**
   * The findings about the policy {@code name}, located in {@code tree}. They concern the role
   * {@link #ROLE} (a bare policy names none), and its policy {@code name}.
   */
  public static List<LocatedFinding> lint(String name, SourceTree tree, PolicyType type) {
    LintPolicy policy = new LintPolicy(name, parse(tree, type), Optional.of(tree.root()));
    List<Finding> findings =
        type == PolicyType.TRUST
            ? Linter.lint(new LintInput(List.of(new LintRole(ROLE, policy, List.of())), List.of()))
            : Linter.lintPermissionPolicy(ROLE, policy);
    return findings.stream()
        .map(f -> new LocatedFinding(f, ROLE, tree.locate(f.pointer())))
        .toList();
  }
}
