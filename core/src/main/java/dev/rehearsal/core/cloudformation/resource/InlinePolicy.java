package dev.rehearsal.core.cloudformation.resource;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.Objects;

/** A role's inline policy: a name and its document ({@code AWS::IAM::Role Policy}). */
public record InlinePolicy(String name, PolicyDocument document) {
  public InlinePolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(document, "document");
  }
}
