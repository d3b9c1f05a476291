package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.PrincipalElement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A statement's {@code Principal} or {@code NotPrincipal} (IAM User Guide, "AWS JSON policy
 * elements: Principal"). Values are compared exactly: "You cannot use a wildcard to match part of a
 * principal name or ARN". {@code "*"} and {@code {"AWS": "*"}} match anyone ("behave identically");
 * an {@code AWS} value that is an account ID or {@code arn:aws:iam::ID:root} delegates to the
 * account, so it matches every principal of that account. Several values are ORed. A statement
 * without the element (an identity policy) matches any principal.
 */
final class PrincipalMatcher {
  private static final PrincipalMatcher ABSENT =
      new PrincipalMatcher(false, true, Map.of(), Set.of());

  private final boolean negated;
  private final boolean anyone;
  private final Map<String, Set<String>> exactByType;
  private final Set<String> awsAccounts;

  private PrincipalMatcher(
      boolean negated,
      boolean anyone,
      Map<String, Set<String>> exactByType,
      Set<String> awsAccounts) {
    this.negated = negated;
    this.anyone = anyone;
    this.exactByType = exactByType;
    this.awsAccounts = awsAccounts;
  }

  static PrincipalMatcher compile(Optional<PrincipalElement> element) {
    if (element.isEmpty()) {
      return ABSENT;
    }
    PrincipalElement principal = element.get();
    Map<String, Set<String>> exact = new HashMap<>();
    Set<String> accounts = new HashSet<>();
    boolean anyone = principal.wildcard();
    for (Map.Entry<String, List<String>> entry : principal.byType().entrySet()) {
      for (String value : entry.getValue()) {
        boolean aws = entry.getKey().equals(RequestPrincipal.AWS);
        anyone |= aws && value.equals("*");
        String account = aws ? AccountIds.delegatedAccount(value) : null;
        if (account != null) {
          accounts.add(account);
        } else {
          exact.computeIfAbsent(entry.getKey(), type -> new HashSet<>()).add(value);
        }
      }
    }
    return new PrincipalMatcher(
        principal.negated(), anyone, Map.copyOf(exact), Set.copyOf(accounts));
  }

  boolean matches(Optional<RequestPrincipal> principal) {
    return listed(principal) != negated;
  }

  private boolean listed(Optional<RequestPrincipal> principal) {
    if (anyone) {
      return true;
    }
    if (principal.isEmpty()) {
      return false;
    }
    RequestPrincipal who = principal.get();
    Set<String> values = exactByType.get(who.type());
    if (values != null && (values.contains(who.value()) || values.contains("*"))) {
      return true;
    }
    if (awsAccounts.isEmpty() || !who.type().equals(RequestPrincipal.AWS)) {
      return false;
    }
    String account = AccountIds.accountOf(who.value());
    return account != null && awsAccounts.contains(account);
  }
}
