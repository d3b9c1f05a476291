package dev.rehearsal.aws;

import dev.rehearsal.aws.auth.Credentials;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.auth.SessionTokens;
import dev.rehearsal.aws.auth.SigV4Verifier;
import dev.rehearsal.aws.config.EmulatorConfig;
import dev.rehearsal.aws.iam.IamService;
import dev.rehearsal.aws.iam.IamStore;
import dev.rehearsal.aws.state.DataDirectory;
import dev.rehearsal.aws.sts.AssumeRoleRules;
import dev.rehearsal.aws.sts.HttpsTokenVerifier;
import dev.rehearsal.aws.sts.StsService;
import dev.rehearsal.aws.wire.HttpEndpoint;
import dev.rehearsal.aws.wire.QueryRouter;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Assembles the emulator from its configuration: the data directory, IAM state, STS, the SigV4
 * verifier and the HTTP routes; announces readiness with the real port.
 */
@Singleton
public class Emulator {
  /** The session-token sealing key's file in the data directory (32 bytes, mode 0600). */
  static final String SESSION_KEY = "sts-session.key";

  private final DataDirectory data;
  private final HttpEndpoint endpoint;

  public Emulator(EmulatorConfig config) {
    Clock clock = Clock.systemUTC();
    this.data = new DataDirectory(Path.of(config.dataDir()));
    IamStore iam = new IamStore(data);
    SessionTokens tokens = new SessionTokens(data.secret(SESSION_KEY, 32));
    IdentityPolicyCheck policies = new IdentityPolicyCheck(iam::identityPolicies);
    StsService sts =
        new StsService(
            iam,
            HttpsTokenVerifier.create(config, clock),
            tokens,
            new AssumeRoleRules(iam, policies),
            clock);
    IamService iamService = new IamService(iam, config.accountId(), clock, policies);
    Credentials credentials =
        new Credentials(config.accountId(), config.rootAccessKey(), config.rootSecretKey(), tokens);
    this.endpoint =
        new HttpEndpoint(
            new QueryRouter(List.of(sts, iamService), new SigV4Verifier(credentials, clock)));
  }

  void routes(@Observes Router router) {
    endpoint.mount(router);
  }

  /**
   * Fired (asynchronously) once the HTTP server listens; the port may have been chosen at random
   * (0), so it is read from Quarkus's registry of runtime values — which this observer can reach
   * before the registry has the bound port, so it waits for it rather than announce -1.
   */
  void announce(@ObservesAsync HttpServerStart started, ValueRegistry registry) {
    var key =
        LaunchMode.current() == LaunchMode.TEST ? HttpServer.HTTP_TEST_PORT : HttpServer.HTTP_PORT;
    int port = boundPort(registry, key, started.options().getPort());
    if (port <= 0) {
      System.err.println("aws-emulator: the HTTP server reported no bound port; no port file");
      return;
    }
    data.write("port", (port + "\n").getBytes(StandardCharsets.US_ASCII));
    System.out.println("aws-emulator ready on http://127.0.0.1:" + port);
  }

  private static int boundPort(
      ValueRegistry registry, ValueRegistry.RuntimeKey<Integer> key, int configured) {
    for (int attempt = 0; attempt < 200; attempt++) {
      if (registry.containsKey(key)) {
        Integer bound = registry.get(key);
        if (bound != null && bound > 0) {
          return bound;
        }
      }
      if (attempt == 0 && configured > 0) {
        return configured;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
    return -1;
  }
}
