package dev.rehearsal.core.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.resource.ManagedPolicyResource;
import dev.rehearsal.core.cloudformation.resource.OidcProviderResource;
import dev.rehearsal.core.cloudformation.resource.PolicyResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints the roles and OIDC providers of a resolved template, and places each finding where it was
 * written: the template's logical id and line and column of the element the finding's pointer
 * names. A role's permission policies are those IAM would attach to it (its inline {@code
 * Policies}, the {@code AWS::IAM::Policy} and in-stack managed policies that name it).
 */
public final class StackLint {
  private StackLint() {}

  /**
   * A finding, where the template wrote the element it is about, and notes on what it depends on
   * that the template does not fix (a parameter without a value, and the values that change it).
   */
  public record LocatedFinding(
      Finding finding, String logicalId, Optional<Location> location, List<String> notes) {
    public LocatedFinding {
      notes = List.copyOf(notes);
    }

    public LocatedFinding(Finding finding, String logicalId, Optional<Location> location) {
      this(finding, logicalId, location, List.of());
    }

    /** The same finding with {@code note} added. */
    public LocatedFinding noted(String note) {
      List<String> more = new ArrayList<>(notes);
      more.add(note);
      return new LocatedFinding(finding, logicalId, location, more);
    }

    /** What identifies the finding across two lints: rule, resource, policy and pointer. */
    public String key() {
      return finding.ruleId()
          + "\u0000"
          + logicalId
          + "\u0000"
          + finding.policy().orElse("")
          + "\u0000"
          + finding.pointer();
    }
  }

  /** Where a policy of a lint subject was written: a resource and the property holding it. */
  private record Origin(String logicalId, String property) {}

  public static List<LocatedFinding> lint(ResolvedStack stack) {
    stack.requireTrustPoliciesIamAccepts();
    Map<String, Origin> origins = new HashMap<>();
    List<LintProvider> providers = new ArrayList<>();
    for (OidcProviderResource provider : stack.oidcProviders()) {
      providers.add(
          new LintProvider(
              provider.logicalId(), provider.url(), provider.clientIds(), provider.thumbprints()));
      origins.put(
          key(provider.logicalId(), Optional.empty()), new Origin(provider.logicalId(), ""));
    }
    List<LintRole> roles = new ArrayList<>();
    for (RoleResource role : stack.roles()) {
      roles.add(role(stack, role, origins));
    }
    List<LocatedFinding> located = new ArrayList<>();
    for (Finding finding : Linter.lint(new LintInput(roles, providers))) {
      Origin origin = origins.get(key(finding.subject(), finding.policy()));
      located.add(
          new LocatedFinding(
              finding,
              origin.logicalId(),
              stack.locate(origin.logicalId(), origin.property() + finding.pointer())));
    }
    return List.copyOf(located);
  }

  private static LintRole role(
      ResolvedStack stack, RoleResource role, Map<String, Origin> origins) {
    String subject = role.logicalId();
    JsonNode properties = properties(stack, role.logicalId());
    LintPolicy trust =
        policy(
            "AssumeRolePolicyDocument",
            role.trustPolicy(),
            properties,
            "/AssumeRolePolicyDocument");
    origins.put(
        key(subject, Optional.of(trust.name())),
        new Origin(role.logicalId(), "/AssumeRolePolicyDocument"));
    List<LintPolicy> permissions = new ArrayList<>();
    for (int i = 0; i < role.inlinePolicies().size(); i++) {
      String property = "/Policies/" + i + "/PolicyDocument";
      var inline = role.inlinePolicies().get(i);
      permissions.add(policy(inline.name(), inline.document(), properties, property));
      origins.put(key(subject, Optional.of(inline.name())), new Origin(role.logicalId(), property));
    }
    for (PolicyResource policy : stack.policies()) {
      if (policy.roles().contains(role.name())) {
        permissions.add(
            policy(
                policy.policyName(),
                policy.document(),
                properties(stack, policy.logicalId()),
                "/PolicyDocument"));
        origins.put(
            key(subject, Optional.of(policy.policyName())),
            new Origin(policy.logicalId(), "/PolicyDocument"));
      }
    }
    for (ManagedPolicyResource policy : stack.managedPolicies()) {
      if (policy.roles().contains(role.name()) || role.managedPolicyArns().contains(policy.arn())) {
        permissions.add(
            policy(
                policy.name(),
                policy.document(),
                properties(stack, policy.logicalId()),
                "/PolicyDocument"));
        origins.put(
            key(subject, Optional.of(policy.name())),
            new Origin(policy.logicalId(), "/PolicyDocument"));
      }
    }
    return new LintRole(subject, trust, permissions);
  }

  private static LintPolicy policy(
      String name, PolicyDocument document, JsonNode properties, String property) {
    JsonNode source = properties.at(property);
    return new LintPolicy(
        name, document, source.isMissingNode() ? Optional.empty() : Optional.of(source));
  }

  private static JsonNode properties(ResolvedStack stack, String logicalId) {
    return stack.resource(logicalId).map(ResolvedResource::properties).orElseThrow();
  }

  private static String key(String subject, Optional<String> policy) {
    return subject + "\u0000" + policy.orElse("");
  }
}
