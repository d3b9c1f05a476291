package dev.rehearsal.provisioner.servers;

import dev.rehearsal.provisioner.Inspect;
import dev.rehearsal.provisioner.aws.AwsClients;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that provisions against one server: started before its first test, with the SDK's
 * clients and an {@link Inspect} of it, and stopped after its last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AgainstServer {
  protected Path dir;
  protected TestServer server;
  protected AwsClients clients;
  protected Inspect inspect;

  /** Starts the server, with {@code dir} for its files. */
  protected abstract TestServer start(Path dir);

  @BeforeAll
  void startServer(@TempDir Path temp) {
    dir = temp;
    server = start(dir);
    clients = new AwsClients(server.target());
    inspect = new Inspect(clients.iam(), clients.ecr());
  }

  @AfterAll
  void stopServer() {
    if (clients != null) {
      clients.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
