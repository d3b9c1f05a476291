package dev.rehearsal.cli.provision;

import dev.rehearsal.cli.Logging;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.provisioner.ProvisionException;
import dev.rehearsal.provisioner.Provisioner;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.aws.AwsTarget;
import dev.rehearsal.provisioner.aws.ServiceErrors;
import dev.rehearsal.provisioner.changeset.ChangeSetProvisioner;
import dev.rehearsal.provisioner.direct.DirectProvisioner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/** One command's provisioner: the SDK's clients for the target, and the way the options chose. */
final class Session implements AutoCloseable {
  private final AwsTarget target;
  private final AwsClients clients;
  private final Provisioner provisioner;
  private final Optional<Path> stateFile;

  private Session(
      AwsTarget target, AwsClients clients, Provisioner provisioner, Optional<Path> stateFile) {
    this.target = target;
    this.clients = clients;
    this.provisioner = provisioner;
    this.stateFile = stateFile;
  }

  static Session open(TargetOptions options) {
    Logging.quietSlf4j();
    AwsTarget target = options.target();
    AwsClients clients = new AwsClients(target);
    if (options.direct()) {
      Path state = options.stateFile(target);
      return new Session(
          target, clients, new DirectProvisioner(clients, state), Optional.of(state));
    }
    return new Session(target, clients, new ChangeSetProvisioner(clients), Optional.empty());
  }

  AwsTarget target() {
    return target;
  }

  Optional<Path> stateFile() {
    return stateFile;
  }

  /**
   * Runs {@code work} with the provisioner; what the SDK throws past the provisioner becomes a
   * message, and a missing capability says how to acknowledge it.
   */
  <T> T run(java.util.function.Function<Provisioner, T> work) {
    return refusals(() -> work.apply(provisioner));
  }

  private static <T> T refusals(Supplier<T> work) {
    try {
      return work.get();
    } catch (ProvisionException e) {
      if (e.code().equals("InsufficientCapabilitiesException")) {
        throw new UserError(
            e
                + "\nThe template creates IAM resources: acknowledge it as 'aws cloudformation"
                + " deploy' is told, with --capabilities CAPABILITY_NAMED_IAM (CAPABILITY_IAM when"
                + " no IAM resource has a custom name). Nothing was changed.",
            e);
      }
      throw e;
    } catch (SdkException e) {
      throw new UserError(ServiceErrors.refusal("the request", e).getMessage(), e);
    }
  }

  @Override
  public void close() {
    clients.close();
  }
}
