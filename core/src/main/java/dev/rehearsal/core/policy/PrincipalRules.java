package dev.rehearsal.core.policy;

import static dev.rehearsal.core.policy.PolicyErrors.malformed;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each kind of policy requires or refuses in {@code Principal} and {@code Resource}, and which
 * principal types and values IAM accepts (IAM User Guide, "AWS JSON policy elements: Principal").
 */
final class PrincipalRules {
  private static final List<String> TYPES = List.of("AWS", "Federated", "Service", "CanonicalUser");
  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

  private PrincipalRules() {}

  static void check(List<Statement> statements, PolicyKind kind) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      String path = "Statement[" + i + "]";
      checkPresence(statement, kind, path);
      statement.principal().ifPresent(principal -> checkValues(principal, path));
    }
  }

  private static void checkPresence(Statement statement, PolicyKind kind, String path) {
    Optional<PrincipalElement> principal = statement.principal();
    String noPrincipal = path + " has no Principal or NotPrincipal.";
    switch (kind) {
      case IDENTITY -> {
        if (principal.isPresent()) {
          throw malformed(
              PolicyErrors.PRINCIPAL_IN_IDENTITY_POLICY,
              path
                  + " has "
                  + field(principal.get())
                  + "; an identity policy applies to the"
                  + " identity it is attached to.");
        }
        if (statement.resource().map(r -> r.patterns().isEmpty()).orElse(true)) {
          throw malformed(
              PolicyErrors.NO_RESOURCES,
              path + " has no Resource or NotResource, or an empty list.");
        }
      }
      case TRUST -> {
        if (principal.isEmpty()) {
          throw malformed(PolicyErrors.TRUST_WITHOUT_PRINCIPAL, noPrincipal);
        }
        if (statement.resource().isPresent()) {
          String field = statement.resource().get().negated() ? "NotResource" : "Resource";
          throw PolicyErrors.prohibitedField(
              field, path + " has " + field + "; a trust policy's resource is the role itself.");
        }
      }
      case RESOURCE -> {
        if (principal.isEmpty()) {
          throw malformed(PolicyErrors.MISSING_PRINCIPAL, noPrincipal);
        }
      }
      case ANY -> {
        // Only the grammar shared by every kind applies.
      }
    }
  }

  private static void checkValues(PrincipalElement principal, String path) {
    principal
        .byType()
        .forEach(
            (type, values) -> {
              String typePath = path + "." + field(principal) + "." + type;
              values.forEach(value -> checkValue(type, value, typePath));
            });
  }

  private static void checkValue(String type, String value, String path) {
    if (!TYPES.contains(type)) {
      throw PolicyErrors.invalidPrincipal(
          type, value, path + ": types are " + String.join(", ", TYPES) + ".");
    }
    boolean valid =
        type.equals("AWS")
            ? value.equals("*") || ACCOUNT_ID.matcher(value).matches() || value.startsWith("arn:")
            : !value.isBlank();
    if (!valid) {
      String expected =
          type.equals("AWS") ? "\"*\", a 12-digit account ID or an ARN" : "a non-blank identifier";
      throw PolicyErrors.invalidPrincipal(type, value, path + " must be " + expected + ".");
    }
  }

  private static String field(PrincipalElement principal) {
    return principal.negated() ? "NotPrincipal" : "Principal";
  }
}
