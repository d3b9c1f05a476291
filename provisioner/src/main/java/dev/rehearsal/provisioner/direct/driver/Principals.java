package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The roles, users and groups a policy resource names ({@code Roles}, {@code Users}, {@code
 * Groups}), and the IAM calls that put an inline policy on each or attach a managed one.
 */
final class Principals {
  enum Kind {
    ROLE("Roles"),
    USER("Users"),
    GROUP("Groups");

    private final String property;

    Kind(String property) {
      this.property = property;
    }
  }

  /** One principal a policy applies to, by kind and name. */
  record Target(Kind kind, String name) {}

  private final IamClient iam;

  Principals(IamClient iam) {
    this.iam = iam;
  }

  /** The principals {@code properties} name, roles first. */
  static List<Target> of(JsonNode properties) {
    List<Target> targets = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Values.strings(properties, kind.property)
          .forEach(name -> targets.add(new Target(kind, name)));
    }
    return targets;
  }

  void put(Target target, String policy, String document) {
    String name = target.name();
    switch (target.kind()) {
      case ROLE ->
          iam.putRolePolicy(b -> b.roleName(name).policyName(policy).policyDocument(document));
      case USER ->
          iam.putUserPolicy(b -> b.userName(name).policyName(policy).policyDocument(document));
      case GROUP ->
          iam.putGroupPolicy(b -> b.groupName(name).policyName(policy).policyDocument(document));
    }
  }

  /** Deletes an inline policy; one already gone (or whose principal is) is deleted. */
  void delete(Target target, String policy) {
    String name = target.name();
    Undo.gone(
        () -> {
          switch (target.kind()) {
            case ROLE -> iam.deleteRolePolicy(b -> b.roleName(name).policyName(policy));
            case USER -> iam.deleteUserPolicy(b -> b.userName(name).policyName(policy));
            case GROUP -> iam.deleteGroupPolicy(b -> b.groupName(name).policyName(policy));
          }
        });
  }

  void attach(Target target, String arn) {
    String name = target.name();
    switch (target.kind()) {
      case ROLE -> iam.attachRolePolicy(b -> b.roleName(name).policyArn(arn));
      case USER -> iam.attachUserPolicy(b -> b.userName(name).policyArn(arn));
      case GROUP -> iam.attachGroupPolicy(b -> b.groupName(name).policyArn(arn));
    }
  }

  /** Detaches a managed policy; one not attached (or whose principal is gone) is detached. */
  void detach(Target target, String arn) {
    String name = target.name();
    Undo.gone(
        () -> {
          switch (target.kind()) {
            case ROLE -> iam.detachRolePolicy(b -> b.roleName(name).policyArn(arn));
            case USER -> iam.detachUserPolicy(b -> b.userName(name).policyArn(arn));
            case GROUP -> iam.detachGroupPolicy(b -> b.groupName(name).policyArn(arn));
          }
        });
  }
}
