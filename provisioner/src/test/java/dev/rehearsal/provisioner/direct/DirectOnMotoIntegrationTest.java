package dev.rehearsal.provisioner.direct;

import dev.rehearsal.provisioner.Templates;
import dev.rehearsal.provisioner.servers.MotoServer;
import dev.rehearsal.provisioner.servers.TestServer;
import java.nio.file.Path;

/**
 * The direct way against moto's server, for which it exists: moto's CloudFormation skips IAM's OIDC
 * provider.
 */
class DirectOnMotoIntegrationTest extends DirectWayContract {
  @Override
  protected TestServer start(Path dir) {
    return MotoServer.start();
  }

  /**
   * moto (5.2) refuses {@code UpdateAssumeRolePolicy} for a document without {@code Version}
   * ("Policy document must be version 2012-10-17 or greater."), which IAM reads as 2008-10-17 and
   * takes, and which moto's own {@code CreateRole} took: the narrowed policy says its version.
   */
  @Override
  String narrowed(String template) {
    return Templates.narrowedSub(Templates.versionedTrust(template));
  }
}
