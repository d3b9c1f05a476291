package dev.rehearsal.provisioner.direct;

import dev.rehearsal.provisioner.servers.AwsEmulatorServer;
import dev.rehearsal.provisioner.servers.TestServer;
import java.nio.file.Path;

/** The direct way against the aws-emulator, started from its jar. */
class DirectOnAwsEmulatorIntegrationTest extends DirectWayContract {
  @Override
  protected TestServer start(Path dir) {
    return AwsEmulatorServer.start(dir.resolve("aws-emulator"));
  }
}
