package dev.rehearsal.core.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Realistic values for GitHub's {@code sub} and {@code aud} claims, built from what the policies
 * write, so that a witness reads {@code repo:acme/app:pull_request} rather than the shortest string
 * of a language. Shapes from facts.md ("sub formats"): {@code repo:ORG/REPO:environment:NAME},
 * {@code repo:ORG/REPO:pull_request}, {@code repo:ORG/REPO:ref:refs/heads/BRANCH}, {@code
 * repo:ORG/REPO:ref:refs/tags/TAG}; the default audience is {@code https://github.com/OWNER} and
 * configure-aws-credentials asks for {@code sts.amazonaws.com}.
 */
final class GitHubSubjects {
  private static final int MAX_EACH = 5;

  private GitHubSubjects() {}

  static boolean isSubject(Dimension dimension) {
    return dimension.kind() == Dimension.Kind.KEY
        && RequestSpace.lower(dimension.name()).endsWith(":sub");
  }

  static boolean isAudience(Dimension dimension) {
    return dimension.kind() == Dimension.Kind.KEY
        && RequestSpace.lower(dimension.name()).endsWith(":aud");
  }

  /** Subjects over the organisations, repositories and contexts written, then a few others. */
  static List<String> subjects(List<String> written) {
    Set<String> orgs = new LinkedHashSet<>();
    Set<String> repos = new LinkedHashSet<>();
    Set<String> contexts = new LinkedHashSet<>(List.of("pull_request", "ref:refs/heads/main"));
    for (String value : written) {
      if (!value.startsWith("repo:")) {
        continue;
      }
      String rest = value.substring("repo:".length());
      int slash = rest.indexOf('/');
      if (slash <= 0) {
        continue;
      }
      addLiteral(orgs, rest.substring(0, slash));
      int colon = rest.indexOf(':', slash);
      addLiteral(repos, rest.substring(slash + 1, colon < 0 ? rest.length() : colon));
      if (colon >= 0) {
        addLiteral(contexts, rest.substring(colon + 1));
      }
    }
    if (orgs.isEmpty()) {
      orgs.add("octo-org");
    }
    orgs.add("other-org");
    if (repos.isEmpty()) {
      repos.add("octo-repo");
    }
    repos.add("other");
    contexts.addAll(List.of("environment:prod", "ref:refs/tags/v1"));
    List<String> subjects = new ArrayList<>();
    for (String org : orgs) {
      for (String repo : repos) {
        for (String context : contexts) {
          subjects.add("repo:" + org + "/" + repo + ":" + context);
        }
      }
    }
    return subjects;
  }

  static List<String> audiences(List<String> writtenSubjects) {
    List<String> audiences = new ArrayList<>(List.of("sts.amazonaws.com"));
    for (String subject : subjects(writtenSubjects)) {
      String org = subject.substring("repo:".length(), subject.indexOf('/'));
      String audience = "https://github.com/" + org;
      if (!audiences.contains(audience)) {
        audiences.add(audience);
      }
    }
    return audiences;
  }

  private static void addLiteral(Set<String> into, String part) {
    if (!part.isEmpty()
        && part.indexOf('*') < 0
        && part.indexOf('?') < 0
        && into.size() < MAX_EACH) {
      into.add(part);
    }
  }
}
