package dev.rehearsal.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvisionExceptionTest {
  @Test
  void toString_ofAServiceRefusal_isTheAwsCliMessage() {
    ProvisionException e =
        new ProvisionException(
            "InsufficientCapabilitiesException",
            Optional.of("CreateChangeSet"),
            "Requires capabilities : [CAPABILITY_NAMED_IAM]",
            null);

    assertThat(e)
        .hasToString(
            "An error occurred (InsufficientCapabilitiesException) when calling the"
                + " CreateChangeSet operation: Requires capabilities : [CAPABILITY_NAMED_IAM]");
  }

  @Test
  void toString_ofTheProvisionersOwnRefusal_isCodeAndMessage() {
    assertThat(new ProvisionException("ValidationError", "Stack with id x does not exist"))
        .hasToString("ValidationError: Stack with id x does not exist");
  }
}
