package dev.rehearsal.core.cloudformation.resource;

import java.util.Set;

/** A CloudFormation resource type this rehearsal can create. */
public interface ResourceType {
  /** The type name, e.g. {@code AWS::IAM::Role}. */
  String name();

  /** The attributes {@code Fn::GetAtt} may read (the type's "Return values" in the User Guide). */
  Set<String> attributes();

  /** Creates the resource from its resolved properties in {@code stack}. */
  Provisioned provision(Properties properties, StackEnvironment stack);
}
