package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.evaluation.AccountIds;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.policy.PrincipalElement;
import java.util.List;
import java.util.Map;

/**
 * The principals a {@code Principal}/{@code NotPrincipal} element matches, each principal written
 * {@code TYPE:value}. As core's evaluator reads it (IAM User Guide, "AWS JSON policy elements:
 * Principal"): values are exact, "*" or {@code {"AWS": "*"}} is anyone, a typed "*" is anyone of
 * that type, and an account ID or {@code arn:aws:iam::ID:root} is every principal of that account:
 * the ID itself or an ARN whose fifth component is the ID.
 */
final class PrincipalSets {
  private PrincipalSets() {}

  static String encode(RequestPrincipal principal) {
    return principal.type() + ":" + principal.value();
  }

  static RequestPrincipal decode(String encoded) {
    int colon = encoded.indexOf(':');
    return new RequestPrincipal(encoded.substring(0, colon), encoded.substring(colon + 1));
  }

  static Dfa of(PrincipalElement element, Alphabet alphabet, Dfa universe) {
    Dfa listed = element.wildcard() ? Dfa.all(alphabet) : Dfa.none(alphabet);
    for (Map.Entry<String, List<String>> entry : element.byType().entrySet()) {
      for (String value : entry.getValue()) {
        listed = listed.or(value(entry.getKey(), value, alphabet));
      }
    }
    return element.negated() ? universe.minus(listed) : universe.and(listed);
  }

  private static Dfa value(String type, String value, Alphabet alphabet) {
    boolean aws = type.equals(RequestPrincipal.AWS);
    if (aws && value.equals("*")) {
      return Dfa.all(alphabet);
    }
    if (value.equals("*")) {
      return Dfa.of(Tokens.start().literal(type + ":").anyRun().build(), false, alphabet);
    }
    String account = aws ? AccountIds.delegatedAccount(value) : null;
    Dfa exact = Dfa.literal(type + ":" + value, false, alphabet);
    if (account == null) {
      return exact;
    }
    Dfa ofAccount =
        Dfa.of(
            Tokens.start()
                .literal("AWS:arn:")
                .segment()
                .literal(":")
                .segment()
                .literal(":")
                .segment()
                .literal(":" + account + ":")
                .anyRun()
                .build(),
            false,
            alphabet);
    return Dfa.literal("AWS:" + account, false, alphabet).or(ofAccount);
  }
}
