package dev.rehearsal.core.ecr;

import java.util.Objects;

/**
 * The ARNs ECR authorizes actions on (Service Authorization Reference, "Actions, resources, and
 * condition keys for Amazon Elastic Container Registry"): a repository is {@code
 * arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}}; {@code
 * ecr:GetAuthorizationToken} has no resource type and is authorized on {@code *}.
 */
public final class EcrArns {
  /** The resource of an action with no resource type. */
  public static final String ANY_RESOURCE = "*";

  public static final String GET_AUTHORIZATION_TOKEN = "ecr:GetAuthorizationToken";

  private EcrArns() {}

  /** {@code arn:aws:ecr:REGION:ACCOUNT:repository/NAME}. */
  public static String repository(String region, String accountId, RepositoryName name) {
    return repository(region, accountId, name.value());
  }

  /** As {@link #repository(String, String, RepositoryName)}, for a name already checked. */
  public static String repository(String region, String accountId, String name) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(name, "name");
    // Joined at its exact length: asked for every ECR check of every scenario.
    return String.join("", "arn:aws:ecr:", region, ":", accountId, ":repository/", name);
  }

  /**
   * The resource ECR authorizes {@code action} on: {@code *} for {@code ecr:GetAuthorizationToken}
   * (action names are case-insensitive, IAM User Guide "IAM JSON policy elements: Action"), else
   * the repository's ARN.
   */
  public static String resourceFor(String action, String region, String accountId, String name) {
    if (action.equalsIgnoreCase(GET_AUTHORIZATION_TOKEN)) {
      return ANY_RESOURCE;
    }
    return repository(region, accountId, name);
  }
}
