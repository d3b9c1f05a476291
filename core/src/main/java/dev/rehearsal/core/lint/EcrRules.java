package dev.rehearsal.core.lint;

import dev.rehearsal.core.access.PatternLanguages;
import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules for permission policies: GHOIDC010 (every ECR action) and GHOIDC011 (push to every
 * repository of a registry), each decided on the languages of the statement's patterns.
 */
final class EcrRules {
  /** The calls a docker push makes (facts.md, "ECR": push uses ...). */
  static final List<String> PUSH_ACTIONS =
      List.of(
          "ecr:PutImage",
          "ecr:InitiateLayerUpload",
          "ecr:UploadLayerPart",
          "ecr:CompleteLayerUpload");

  private static final Pattern REPOSITORY_ARN =
      Pattern.compile("arn:([^:]*):ecr:([^:]*):([^:]*):repository/");

  private EcrRules() {}

  static void check(List<Statement> statements, Findings findings) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (statement.effect() != Effect.ALLOW) {
        continue;
      }
      PatternElement actions = statement.action();
      Alphabet alphabet =
          Languages.alphabet(actions.patterns(), "ecr:*", String.join("", PUSH_ACTIONS));
      Dfa allowed = union(actions, alphabet, PatternLanguages::action);
      String field = actions.negated() ? "NotAction" : "Action";
      if (allowed.containsAll(PatternLanguages.action("ecr:*", alphabet))) {
        findings.add(
            LintRule.GHOIDC010,
            field
                + " allows every ECR action (ecr:* or wider), including ecr:DeleteRepository,"
                + " ecr:BatchDeleteImage and ecr:SetRepositoryPolicy. List the actions the workflow"
                + " needs; a push needs ecr:GetAuthorizationToken, ecr:BatchCheckLayerAvailability,"
                + " ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and"
                + " ecr:PutImage.",
            pointer(i, field, actions, findings));
      }
      if (PUSH_ACTIONS.stream().anyMatch(allowed::accepts)) {
        everyRepository(statement, i, findings);
      }
    }
  }

  private static void everyRepository(Statement statement, int i, Findings findings) {
    if (statement.resource().isEmpty()) {
      return;
    }
    PatternElement resources = statement.resource().get();
    for (String prefix : repositoryPrefixes(resources.patterns())) {
      Alphabet alphabet = Languages.alphabet(resources.patterns(), prefix);
      Dfa covered = union(resources, alphabet, PatternLanguages::resource);
      if (covered.acceptsEveryExtensionOf(prefix)) {
        String field = resources.negated() ? "NotResource" : "Resource";
        findings.add(
            LintRule.GHOIDC011,
            field
                + " lets this role push to every repository of the registry ("
                + prefix
                + "*), so a workflow can overwrite any team's images. Name the repositories:"
                + " "
                + prefix
                + "NAME.",
            findings.pointers().element(i, field));
        return;
      }
    }
  }

  /** The registries the patterns name, with a sample for any wildcard part, or a sample one. */
  private static List<String> repositoryPrefixes(List<String> patterns) {
    List<String> prefixes = new ArrayList<>();
    for (String pattern : patterns) {
      var matcher = REPOSITORY_ARN.matcher(pattern);
      if (matcher.lookingAt()) {
        prefixes.add(
            "arn:"
                + sample(matcher.group(1), "aws")
                + ":ecr:"
                + sample(matcher.group(2), "us-east-1")
                + ":"
                + sample(matcher.group(3), "123456789012")
                + ":repository/");
      }
    }
    prefixes.add("arn:aws:ecr:us-east-1:123456789012:repository/");
    return prefixes;
  }

  private static String sample(String part, String sample) {
    return part.contains("*") || part.contains("?") ? sample : part;
  }

  private interface PatternLanguage {
    Dfa of(String pattern, Alphabet alphabet);
  }

  /** The patterns ORed; the Not form is the complement ("NotAction", "NotResource"). */
  private static Dfa union(PatternElement element, Alphabet alphabet, PatternLanguage language) {
    Dfa listed = Dfa.none(alphabet);
    for (String pattern : element.patterns()) {
      listed = listed.or(language.of(pattern, alphabet));
    }
    return element.negated() ? listed.not() : listed;
  }

  private static String pointer(int i, String field, PatternElement actions, Findings findings) {
    if (!actions.negated()) {
      for (int j = 0; j < actions.patterns().size(); j++) {
        Alphabet alphabet = Languages.alphabet(List.of(actions.patterns().get(j)), "ecr:*");
        if (PatternLanguages.action(actions.patterns().get(j), alphabet)
            .containsAll(PatternLanguages.action("ecr:*", alphabet))) {
          return findings.pointers().elementValue(i, field, j);
        }
      }
    }
    return findings.pointers().element(i, field);
  }
}
