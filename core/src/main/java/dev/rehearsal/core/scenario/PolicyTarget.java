package dev.rehearsal.core.scenario;

import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What scenarios run against when the input is a bare trust policy (and, optionally, the identity
 * policies of its role) rather than a template: one role of the given name, and the OIDC providers
 * its trust policy federates to. A bare policy does not say how those providers are registered, so
 * each is taken as {@code aws-actions/configure-aws-credentials} documents it (client ID {@code
 * sts.amazonaws.com}) and {@link #assumptions} says so; a provider of another account is not made.
 */
public final class PolicyTarget {
  /** IAM User Guide, "IAM identifiers": {@code arn:PARTITION:iam::ACCOUNT:oidc-provider/HOST}. */
  private static final Pattern PROVIDER_ARN =
      Pattern.compile("arn:[a-z-]+:iam::([0-9]{12}):oidc-provider/(.+)");

  /** The audience configure-aws-credentials asks GitHub for (its README, "OIDC"). */
  public static final String AUDIENCE = "sts.amazonaws.com";

  private static final int DEFAULT_SESSION_SECONDS = 3600;

  private PolicyTarget() {}

  public static Target of(
      String roleName,
      PolicyDocument trust,
      List<PolicyDocument> permissions,
      String accountId,
      String region) {
    List<OidcProvider> providers = new ArrayList<>();
    for (String arn : providerArns(trust, accountId)) {
      Matcher matcher = PROVIDER_ARN.matcher(arn);
      if (matcher.matches()) {
        providers.add(new OidcProvider(arn, matcher.group(2), List.of(AUDIENCE), List.of()));
      }
    }
    Target.Role role =
        new Target.Role(
            null,
            roleName,
            "arn:aws:iam::" + accountId + ":role/" + roleName,
            roleId(roleName),
            trust,
            DEFAULT_SESSION_SECONDS,
            permissions,
            Map.of()); // a bare policy names no tags: no aws:PrincipalTag/* keys
    return new Target(accountId, region, providers, List.of(role));
  }

  /** What the target takes for granted that a bare policy does not say, one sentence each. */
  public static List<String> assumptions(Target target) {
    List<String> said = new ArrayList<>();
    for (OidcProvider provider : target.providers()) {
      said.add(
          "the OIDC provider "
              + provider.arn()
              + " is taken to exist with client ID "
              + AUDIENCE
              + " (a bare policy does not say how it is registered)");
    }
    return said;
  }

  /** The oidc-provider ARNs of {@code accountId} that the trust policy's statements federate to. */
  private static Set<String> providerArns(PolicyDocument trust, String accountId) {
    Set<String> arns = new LinkedHashSet<>();
    for (Statement statement : trust.statements()) {
      statement
          .principal()
          .filter(p -> !p.negated())
          .map(p -> p.byType().getOrDefault("Federated", List.of()))
          .ifPresent(
              values ->
                  values.stream()
                      .filter(v -> v.contains("::" + accountId + ":oidc-provider/"))
                      .forEach(arns::add));
    }
    return arns;
  }

  /** A stable unique id of IAM's form for a role (IAM User Guide, "Unique identifiers": AROA). */
  private static String roleId(String name) {
    String hash = Long.toHexString(name.hashCode() * 0x9E3779B97F4A7C15L & Long.MAX_VALUE);
    return ("AROA" + (hash + "0000000000000000000").substring(0, 17)).toUpperCase(Locale.ROOT);
  }
}
