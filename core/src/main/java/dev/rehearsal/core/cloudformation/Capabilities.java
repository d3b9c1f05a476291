package dev.rehearsal.core.cloudformation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The capabilities a template needs acknowledged before CloudFormation creates or updates a stack
 * from it (API Reference, {@code CreateStack} "Capabilities"): {@code CAPABILITY_IAM} for IAM
 * resources, {@code CAPABILITY_NAMED_IAM} when one of them has a custom name; otherwise {@code
 * InsufficientCapabilitiesException}, "Requires capabilities : [CAPABILITY_NAMED_IAM]".
 */
public final class Capabilities {
  public static final String IAM = "CAPABILITY_IAM";
  public static final String NAMED_IAM = "CAPABILITY_NAMED_IAM";
  public static final String AUTO_EXPAND = "CAPABILITY_AUTO_EXPAND";

  /** The values the API accepts (botocore {@code Capability}). */
  public static final Set<String> KNOWN = Set.of(IAM, NAMED_IAM, AUTO_EXPAND);

  /**
   * The types the User Guide lists under "Acknowledging IAM resources in CloudFormation templates";
   * {@code AWS::IAM::OIDCProvider} is not among them.
   */
  private static final Set<String> IAM_TYPES =
      Set.of(
          "AWS::IAM::AccessKey",
          "AWS::IAM::Group",
          "AWS::IAM::InstanceProfile",
          "AWS::IAM::ManagedPolicy",
          "AWS::IAM::Policy",
          "AWS::IAM::Role",
          "AWS::IAM::User",
          "AWS::IAM::UserToGroupAddition");

  /** The custom-name properties that make an IAM resource "named". */
  private static final Set<String> NAME_PROPERTIES =
      Set.of("RoleName", "ManagedPolicyName", "UserName", "GroupName", "InstanceProfileName");

  private Capabilities() {}

  /** What the template needs: {@code CAPABILITY_NAMED_IAM}, {@code CAPABILITY_IAM}, or none. */
  public static Optional<String> required(Template template) {
    boolean iam = false;
    for (ResourceDeclaration resource : template.resources()) {
      if (IAM_TYPES.contains(resource.type().name())) {
        iam = true;
        if (NAME_PROPERTIES.stream().anyMatch(name -> resource.properties().has(name))) {
          return Optional.of(NAMED_IAM);
        }
      }
    }
    return iam ? Optional.of(IAM) : Optional.empty();
  }

  /** The IAM resource types in the template, for {@code GetTemplateSummary}'s reason. */
  public static List<String> iamResourceTypes(Template template) {
    Set<String> types = new LinkedHashSet<>();
    template.resources().stream()
        .map(resource -> resource.type().name())
        .filter(IAM_TYPES::contains)
        .forEach(types::add);
    return List.copyOf(types);
  }

  /**
   * The capability still missing from {@code acknowledged}, if any. {@code CAPABILITY_NAMED_IAM}
   * covers unnamed IAM resources too.
   */
  public static Optional<String> missing(Template template, Collection<String> acknowledged) {
    Optional<String> required = required(template);
    if (required.isEmpty() || acknowledged.contains(NAMED_IAM)) {
      return Optional.empty();
    }
    if (required.get().equals(IAM) && acknowledged.contains(IAM)) {
      return Optional.empty();
    }
    return required;
  }
}
