package dev.rehearsal.core.lint;

import dev.rehearsal.core.access.PatternLanguages;
import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.OperatorType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules for every value of a {@code sub} condition, each decided on the value's language: GHOIDC002
 * (any organisation), GHOIDC003 (a whole organisation), GHOIDC012 (Checkov's shape test, applied to
 * every value where Checkov reads only the first, facts.md) and GHOIDC013 (Access Analyzer's
 * "Specific github repo and branch recommended").
 */
final class SubjectRules {
  // Checkov CKV_AWS_358 (facts.md): a sub value must start with repo:ORG/REPO.
  private static final Pattern CHECKOV_SHAPE = Pattern.compile("repo:[^/]+/[^/]+");

  private SubjectRules() {}

  static void check(int statement, Condition condition, Findings findings) {
    OperatorType type = condition.operator().type();
    if (!Languages.admitsListedStrings(type)) {
      return;
    }
    for (int j = 0; j < condition.values().size(); j++) {
      String value = condition.values().get(j);
      String pointer = findings.pointers().conditionValue(statement, condition, j);
      Alphabet alphabet = Languages.alphabet(List.of(value), "repo:/");
      Dfa language = PatternLanguages.stringValue(type, value, alphabet);
      anyOrganisation(value, language, alphabet, pointer, findings);
      wholeOrganisation(value, language, pointer, findings);
      if (!CHECKOV_SHAPE.matcher(value).lookingAt()) {
        findings.add(
            LintRule.GHOIDC012,
            "'"
                + value
                + "' does not start with repo:ORG/REPO (Checkov CKV_AWS_358 fails on it). Name the"
                + " organisation and the repository, e.g. repo:ORG/REPO:ref:refs/heads/main.",
            pointer);
      }
      if (type == OperatorType.STRING_LIKE && (value.contains("*") || value.contains("?"))) {
        findings.add(
            LintRule.GHOIDC013,
            "'"
                + value
                + "' is a pattern, not one repository and branch (IAM Access Analyzer: \"Specific"
                + " github repo and branch recommended\"). Prefer StringEquals with"
                + " repo:ORG/REPO:ref:refs/heads/BRANCH or repo:ORG/REPO:environment:NAME.",
            pointer);
      }
    }
  }

  /** A subject of an organisation the value does not name: made of characters it never writes. */
  private static void anyOrganisation(
      String value, Dfa language, Alphabet alphabet, String pointer, Findings findings) {
    String stranger = String.valueOf(alphabet.representative(alphabet.size() - 1)).repeat(3);
    if (language.acceptsSomeExtensionOf("repo:" + stranger + "/")) {
      findings.add(
          LintRule.GHOIDC002,
          "'"
              + value
              + "' admits repositories of any organisation (e.g. repo:"
              + stranger
              + "/REPO:...): anyone on GitHub can create a repository whose workflow assumes this"
              + " role. Name your organisation and repository: repo:ORG/REPO:....",
          pointer);
    }
  }

  private static void wholeOrganisation(
      String value, Dfa language, String pointer, Findings findings) {
    if (!value.startsWith("repo:") || value.indexOf('/') < 0) {
      return;
    }
    String org = value.substring("repo:".length(), value.indexOf('/'));
    if (org.isEmpty() || org.contains("*") || org.contains("?")) {
      return;
    }
    if (language.acceptsEveryExtensionOf("repo:" + org + "/")) {
      findings.add(
          LintRule.GHOIDC003,
          "'"
              + value
              + "' admits every repository of "
              + org
              + " and every ref, pull request and environment in it (e.g. repo:"
              + org
              + "/any-repo:pull_request): any workflow any member can push may assume this role."
              + " Name the repository and the branch or environment: repo:"
              + org
              + "/REPO:ref:refs/heads/main or repo:"
              + org
              + "/REPO:environment:prod.",
          pointer);
    }
  }
}
