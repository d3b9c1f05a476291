package dev.rehearsal.core.cloudformation.resource;

import java.util.Optional;
import java.util.Set;

/** A CloudFormation resource type this rehearsal models. */
public interface ResourceType {
  /** The type name, e.g. {@code AWS::IAM::Role}. */
  String name();

  /** The attributes {@code Fn::GetAtt} may read (the type's "Return values" in the User Guide). */
  Set<String> attributes();

  /** Whether {@code Fn::GetAtt} may read {@code attribute}. */
  default boolean hasAttribute(String attribute) {
    return attributes().contains(attribute);
  }

  /**
   * The attributes only the service knows once the resource exists (a role's {@code RoleId}): a
   * plan shows them as known after apply, and an executor reads them back from the service.
   */
  default Set<String> attributesKnownAfterCreate() {
    return Set.of();
  }

  /**
   * The properties whose change replaces the resource ("Update requires: Replacement" in each
   * property's entry of the User Guide's resource reference).
   */
  Set<String> replacementProperties();

  /**
   * The property that gives the resource a custom name, if the type has one: CloudFormation cannot
   * replace a resource whose custom name stays the same (User Guide, "Name type").
   */
  default Optional<String> nameProperty() {
    return Optional.empty();
  }

  /**
   * Validates the resolved properties of one resource of this type in {@code stack} and computes
   * what others may read of it: {@code Ref}, {@code Fn::GetAtt} and its typed view. Names the
   * template leaves out are generated as CloudFormation generates them; values only the service
   * knows ({@link #attributesKnownAfterCreate()}) are placeholders until an executor replaces them.
   */
  ResourceValues resolve(Properties properties, StackEnvironment stack);
}
