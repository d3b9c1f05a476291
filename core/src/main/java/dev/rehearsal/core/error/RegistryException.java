package dev.rehearsal.core.error;

import java.util.Objects;

/**
 * A refusal of the registry API. It carries the registry's code (what a docker client reads) and
 * the ECR API error that refuses the same thing (what an AWS client reads), so that one check
 * serves both faces of ECR.
 */
public class RegistryException extends RehearsalException {
  private final RegistryErrorCode registryCode;

  public RegistryException(RegistryErrorCode registryCode, AwsErrorCode ecrCode, String message) {
    super(ecrCode, message);
    this.registryCode = Objects.requireNonNull(registryCode, "registryCode");
  }

  public RegistryErrorCode registryCode() {
    return registryCode;
  }
}
