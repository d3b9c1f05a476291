package dev.rehearsal.aws.ecr;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;

/** ECR's refusals that both faces share, worded as ECR words them (facts: "ECR"). */
final class EcrErrors {
  private EcrErrors() {}

  /**
   * A repository that does not exist: {@code RepositoryNotFoundException} to an AWS client, {@code
   * NAME_UNKNOWN} to a docker client, one text ("name unknown: The repository with name 'NAME' does
   * not exist in the registry with id 'ACCOUNT'", as docker prints ECR's answer).
   */
  static RegistryException repositoryNotFound(String name, String registryId) {
    return new RegistryException(
        RegistryErrorCode.NAME_UNKNOWN,
        AwsErrorCode.ECR_REPOSITORY_NOT_FOUND,
        "The repository with name '"
            + name
            + "' does not exist in the registry with id '"
            + registryId
            + "'");
  }
}
