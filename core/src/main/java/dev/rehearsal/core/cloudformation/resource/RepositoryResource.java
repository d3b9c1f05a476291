package dev.rehearsal.core.cloudformation.resource;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.Map;
import java.util.Optional;

/** An ECR repository ({@code AWS::ECR::Repository}). */
public record RepositoryResource(
    String logicalId,
    String name,
    String arn,
    String uri,
    String imageTagMutability,
    boolean scanOnPush,
    Optional<PolicyDocument> repositoryPolicy,
    Map<String, String> tags)
    implements TypedResource {
  public RepositoryResource {
    tags = Map.copyOf(tags);
  }
}
