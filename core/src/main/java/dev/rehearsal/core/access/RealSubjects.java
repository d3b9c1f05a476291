package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;

/**
 * The {@code sub} claims GitHub can send, as a language: a subject that starts with {@code repo:}
 * names an owner and a repository as GitHub spells them, {@code repo:OWNER/REPO}, then the end or
 * {@code :} and the rest of the subject. Owners (users and organisations) are {@code [A-Za-z0-9-]},
 * repositories {@code [A-Za-z0-9._-]} (GitHub's naming rules; core's {@code RunSyntax}); with
 * immutable subjects each is followed by {@code @} and its numeric ID ({@code
 * repo:OWNER@OWNER_ID/REPO@REPO_ID}, docs.github.com, "Immutable subject claims"). A {@code repo:}
 * segment is the first of a subject whose template starts with {@code repo}, the default's and a
 * custom one's alike; every other subject is left unconstrained. So {@code repo:acme/app*:ref:...}
 * cannot be sent: no repository name holds a {@code *}.
 */
final class RealSubjects {
  private static final String PREFIX = "repo:";
  // States: 0-4 reading "repo:", then the owner, the repository and their IDs.
  private static final int OWNER_START = 5;
  private static final int OWNER = 6;
  private static final int OWNER_AT = 7;
  private static final int OWNER_ID = 8;
  private static final int REPO_START = 9;
  private static final int REPO = 10;
  private static final int REPO_AT = 11;
  private static final int REPO_ID = 12;
  private static final int FREE = 13;
  private static final int DEAD = 14;

  private RealSubjects() {}

  /** Whether {@code key} is the {@code sub} of GitHub's issuer (an enterprise's slug included). */
  static boolean isGitHubSubject(String key) {
    String lower = RequestSpace.lower(key);
    return lower.startsWith("token.actions.githubusercontent.com") && lower.endsWith(":sub");
  }

  /** Whether GitHub can send {@code subject} as a {@code sub}. */
  static boolean isReal(String subject) {
    return language(Alphabet.of(java.util.List.of(subject, PREFIX))).accepts(subject);
  }

  /** The subjects GitHub can send, over {@code alphabet}. */
  static Dfa language(Alphabet alphabet) {
    boolean[] accepting = new boolean[DEAD + 1];
    // Not starting with repo: (or not yet): unconstrained.
    for (int s = 0; s < PREFIX.length(); s++) {
      accepting[s] = true;
    }
    accepting[REPO] = true;
    accepting[REPO_ID] = true;
    accepting[FREE] = true;
    return Dfa.of(alphabet, accepting, RealSubjects::next);
  }

  private static int next(int state, char c) {
    if (state < PREFIX.length()) {
      return c == PREFIX.charAt(state) ? state + 1 : FREE;
    }
    return switch (state) {
      case OWNER_START -> owner(c) ? OWNER : DEAD;
      case OWNER -> owner(c) ? OWNER : c == '@' ? OWNER_AT : c == '/' ? REPO_START : DEAD;
      case OWNER_AT -> digit(c) ? OWNER_ID : DEAD;
      case OWNER_ID -> digit(c) ? OWNER_ID : c == '/' ? REPO_START : DEAD;
      case REPO_START -> repository(c) ? REPO : DEAD;
      case REPO -> repository(c) ? REPO : c == '@' ? REPO_AT : c == ':' ? FREE : DEAD;
      case REPO_AT -> digit(c) ? REPO_ID : DEAD;
      case REPO_ID -> digit(c) ? REPO_ID : c == ':' ? FREE : DEAD;
      case FREE -> FREE;
      default -> DEAD;
    };
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean owner(char c) {
    return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || brace(c);
  }

  /**
   * A template's parameter without a value is the symbol {@code {{NAME}}} (lint and diff without
   * {@code -p}): it stands for a name not known yet, which GitHub will spell as above, so a subject
   * holding one is not ruled out. GitHub itself never sends a brace.
   */
  private static boolean brace(char c) {
    return c == '{' || c == '}';
  }

  private static boolean repository(char c) {
    return owner(c) || c == '.' || c == '_';
  }
}
