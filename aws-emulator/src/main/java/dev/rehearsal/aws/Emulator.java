package dev.rehearsal.aws;

import dev.rehearsal.aws.auth.CallerContexts;
import dev.rehearsal.aws.auth.Credentials;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.auth.SessionTokens;
import dev.rehearsal.aws.auth.SigV4Verifier;
import dev.rehearsal.aws.cloudformation.CloudFormation;
import dev.rehearsal.aws.cloudformation.CloudFormationQueryService;
import dev.rehearsal.aws.cloudformation.resources.ResourceDrivers;
import dev.rehearsal.aws.config.EmulatorConfig;
import dev.rehearsal.aws.decisions.DecisionFeed;
import dev.rehearsal.aws.decisions.DecisionLog;
import dev.rehearsal.aws.ecr.EcrAccess;
import dev.rehearsal.aws.ecr.EcrJsonService;
import dev.rehearsal.aws.ecr.EcrStore;
import dev.rehearsal.aws.ecr.ImageOperations;
import dev.rehearsal.aws.ecr.Images;
import dev.rehearsal.aws.ecr.RegistryAddress;
import dev.rehearsal.aws.ecr.RegistryPasswords;
import dev.rehearsal.aws.ecr.RepositoryOperations;
import dev.rehearsal.aws.ecr.store.BlobStore;
import dev.rehearsal.aws.ecr.store.Uploads;
import dev.rehearsal.aws.iam.IamOperations;
import dev.rehearsal.aws.iam.IamQueryService;
import dev.rehearsal.aws.iam.IamStore;
import dev.rehearsal.aws.registry.RegistryRoutes;
import dev.rehearsal.aws.state.DataDirectory;
import dev.rehearsal.aws.sts.AssumeRoleRules;
import dev.rehearsal.aws.sts.HttpsTokenVerifier;
import dev.rehearsal.aws.sts.StsService;
import dev.rehearsal.aws.wire.HttpEndpoint;
import dev.rehearsal.aws.wire.JsonRouter;
import dev.rehearsal.aws.wire.QueryRouter;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Assembles the emulator from its configuration: the data directory, IAM state, STS, ECR,
 * CloudFormation, the SigV4 verifier and the HTTP routes; announces readiness with the real port.
 */
@Singleton
public class Emulator {
  /** The session-token sealing key's file in the data directory (32 bytes, mode 0600). */
  static final String SESSION_KEY = "sts-session.key";

  /** The ECR password key's file in the data directory (32 bytes, mode 0600). */
  static final String REGISTRY_PASSWORD_KEY = "ecr-password.key";

  /** The decision log's directory in the data directory ({@code decisions.jsonl}, rotated). */
  static final String DECISIONS = "decisions";

  /**
   * An upload untouched this long is abandoned and removed (distribution's default purge age is a
   * week; a rehearsal has no use for a session older than a push).
   */
  static final Duration UPLOAD_IDLE_LIMIT = Duration.ofHours(1);

  private final DataDirectory data;
  private final HttpEndpoint endpoint;
  private final RegistryRoutes registry;
  private final Uploads uploads;
  private final DecisionLog decisions;
  private final AtomicInteger port = new AtomicInteger();

  public Emulator(EmulatorConfig config) {
    Clock clock = Clock.systemUTC();
    this.data = new DataDirectory(Path.of(config.dataDir()));
    this.decisions =
        config.decisions().enabled()
            ? DecisionLog.open(
                data.root().resolve(DECISIONS),
                config.decisions().maxFileSize(),
                config.decisions().maxFiles(),
                clock)
            : DecisionLog.off(clock);
    IamStore iam = new IamStore(data);
    SessionTokens tokens = new SessionTokens(data.secret(SESSION_KEY, 32));
    CallerContexts contexts = new CallerContexts(iam::roleTags, config.region(), clock);
    IdentityPolicyCheck policies = new IdentityPolicyCheck(iam::identityPolicies, contexts);
    StsService sts =
        new StsService(
            iam,
            HttpsTokenVerifier.create(config, clock),
            tokens,
            new AssumeRoleRules(iam, policies, config.region()),
            clock,
            config.region());
    IamOperations iamOperations = IamOperations.create(iam, config.accountId(), clock, policies);
    IamQueryService iamService = new IamQueryService(iamOperations);
    Credentials credentials =
        new Credentials(config.accountId(), config.rootAccessKey(), config.rootSecretKey(), tokens);
    SigV4Verifier verifier = new SigV4Verifier(credentials, clock);

    Path ecrRoot = data.root().resolve("ecr");
    EcrStore ecr = new EcrStore(ecrRoot.resolve("repositories"));
    BlobStore blobs = new BlobStore(ecrRoot.resolve("blobs"));
    this.uploads = new Uploads(ecrRoot.resolve("uploads"), blobs, clock, UPLOAD_IDLE_LIMIT);
    RegistryAddress address = new RegistryAddress(config.accountId(), config.region(), port::get);
    RegistryPasswords passwords = new RegistryPasswords(data.secret(REGISTRY_PASSWORD_KEY, 32));
    EcrAccess access = new EcrAccess(iam::identityPolicies, contexts);
    Images images = new Images(ecr, blobs, clock, config.accountId());
    RepositoryOperations repositories =
        new RepositoryOperations(ecr, access, passwords, address, clock);
    EcrJsonService ecrService =
        new EcrJsonService(
            repositories, new ImageOperations(repositories, images, uploads, address));
    CloudFormation cloudFormation =
        CloudFormation.open(
            data.root().resolve("cloudformation"),
            new ResourceDrivers(iamOperations, repositories),
            policies,
            clock,
            config.region(),
            config.accountId());
    this.endpoint =
        new HttpEndpoint(
            new QueryRouter(
                List.of(sts, iamService, new CloudFormationQueryService(cloudFormation)),
                verifier,
                config.region(),
                decisions),
            new JsonRouter(List.of(ecrService), verifier, config.region(), decisions));
    this.registry =
        new RegistryRoutes(
            decisions, passwords, clock, ecr, access, address, blobs, uploads, images);
  }

  void routes(@Observes Router router) {
    endpoint.mount(router);
    new DecisionFeed(decisions).mount(router);
    registry.mount(router);
    endpoint.mountFallback(router);
  }

  /** A clean stop writes every decision made before it. */
  void stop(@Observes ShutdownEvent stopping) {
    decisions.close();
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
    this.port.set(port);
    data.write("port", (port + "\n").getBytes(StandardCharsets.US_ASCII));
    Thread sweeper =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(UPLOAD_IDLE_LIMIT.toMillis() / 4);
                } catch (InterruptedException e) {
                  return;
                }
                uploads.removeIdle();
              }
            },
            "ecr-upload-sweeper");
    sweeper.setDaemon(true);
    sweeper.start();
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
