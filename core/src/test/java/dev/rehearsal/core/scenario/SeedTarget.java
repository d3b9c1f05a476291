package dev.rehearsal.core.scenario;

import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.SeedPolicies;
import java.util.List;
import java.util.Map;

/** The seed stack as a {@link Target}: account 123456789012, us-east-1, GitHubOrg=acme. */
final class SeedTarget {
  static final Target SEED =
      new Target(
          "123456789012",
          "us-east-1",
          List.of(
              OidcProvider.of(
                  "123456789012",
                  "https://token.actions.githubusercontent.com",
                  List.of("sts.amazonaws.com"),
                  List.of("6938fd4d98bab03faadb97b34396831e3780aea1"))),
          List.of(
              new Target.Role(
                  "Role",
                  "GithubOIDCIAMRole",
                  "arn:aws:iam::123456789012:role/GithubOIDCIAMRole",
                  "AROAEXAMPLESEEDROLE01",
                  PolicyParser.parse(SeedPolicies.TRUST_POLICY, PolicyKind.TRUST),
                  3600,
                  List.of(PolicyParser.parse(SeedPolicies.PERMISSION_POLICY, PolicyKind.IDENTITY)),
                  Map.of())));

  private SeedTarget() {}

  /** The seed's account and provider in {@code region}, its role with other policies and tags. */
  static Target withRole(
      String region,
      PolicyDocument trustPolicy,
      List<PolicyDocument> permissionPolicies,
      Map<String, String> tags) {
    Target.Role seed = SEED.roles().get(0);
    return new Target(
        SEED.accountId(),
        region,
        SEED.providers(),
        List.of(
            new Target.Role(
                seed.logicalId(),
                seed.name(),
                seed.arn(),
                seed.roleId(),
                trustPolicy,
                seed.maxSessionDurationSeconds(),
                permissionPolicies,
                tags)));
  }
}
