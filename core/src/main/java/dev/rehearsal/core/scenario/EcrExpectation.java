package dev.rehearsal.core.scenario;

import dev.rehearsal.core.ecr.EcrArns;
import java.util.Objects;

/**
 * That the assumed role may (or may not) perform an ECR action on a repository: {@code
 * ecr:PutImage} on {@code app} is checked against {@code
 * arn:aws:ecr:REGION:ACCOUNT:repository/app}; {@code ecr:GetAuthorizationToken} is checked against
 * {@code *}, as ECR authorizes it (facts.md, "ECR").
 */
public record EcrExpectation(String action, String repository, Verdict expected) {
  public EcrExpectation {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(expected, "expected");
  }

  /** The resource ECR authorizes the action on. */
  String resourceArn(String region, String accountId) {
    return EcrArns.resourceFor(action, region, accountId, repository);
  }
}
