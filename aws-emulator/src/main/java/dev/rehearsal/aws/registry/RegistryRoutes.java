package dev.rehearsal.aws.registry;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.decisions.DecisionLog;
import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.aws.ecr.EcrAccess;
import dev.rehearsal.aws.ecr.EcrStore;
import dev.rehearsal.aws.ecr.Images;
import dev.rehearsal.aws.ecr.RegistryAddress;
import dev.rehearsal.aws.ecr.RegistryPasswords;
import dev.rehearsal.aws.ecr.RepositoryEntity;
import dev.rehearsal.aws.ecr.store.BlobStore;
import dev.rehearsal.aws.ecr.store.Uploads;
import dev.rehearsal.aws.wire.HttpEndpoint;
import dev.rehearsal.core.ecr.RegistryOperation;
import dev.rehearsal.core.ecr.RepositoryName;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.RequestOrigin;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The registry's HTTP face on {@code /v2/}: authenticates each request with its ECR password,
 * resolves the repository, authorises the operation as the ECR action core maps it to, and hands it
 * to the blob or manifest handlers; every refusal is rendered here, in the registry's shape. Bodies
 * are streamed (no body limit): handlers run on a worker thread and read the request as it arrives.
 */
public final class RegistryRoutes {
  private static final Logger LOG = Logger.getLogger(RegistryRoutes.class);
  static final String API_VERSION = "registry/2.0";

  private final RegistryAuth auth;
  private final EcrStore store;
  private final EcrAccess access;
  private final RegistryAddress address;
  private final BlobRoutes blobs;
  private final ManifestRoutes manifests;
  private final DecisionLog decisions;
  private final Clock clock;

  public RegistryRoutes(
      DecisionLog decisions,
      RegistryPasswords passwords,
      Clock clock,
      EcrStore store,
      EcrAccess access,
      RegistryAddress address,
      BlobStore blobStore,
      Uploads uploads,
      Images images) {
    this.decisions = decisions;
    this.auth = new RegistryAuth(passwords, clock);
    this.store = store;
    this.access = access;
    this.address = address;
    this.blobs = new BlobRoutes(blobStore, uploads, images);
    this.manifests = new ManifestRoutes(images);
    this.clock = clock;
  }

  public void mount(Router http) {
    http.route("/v2/*")
        .handler(
            ctx -> {
              // Paused until a worker reads it: no chunk of a layer may arrive unheard.
              ctx.request().pause();
              ctx.put(Exchange.CONTEXT, Vertx.currentContext());
              ctx.next();
            });
    http.route("/v2/*").blockingHandler(this::handle, false);
    http.route("/v2").handler(ctx -> ctx.redirect("/v2/"));
  }

  private void handle(RoutingContext ctx) {
    Exchange exchange = new Exchange(ctx);
    String method = ctx.request().method().name();
    // The id by which `rehearse explain` finds this request's decision; in a header, as ECR's
    // error bodies have no place for it.
    String requestId = UUID.randomUUID().toString();
    ctx.response().putHeader("x-amzn-RequestId", requestId);
    Deliberation deliberation =
        decisions.begin(requestId, "registry", method + " " + ctx.request().path());
    try {
      Optional<RegistryPath> path = RegistryPath.parse(ctx.request().path());
      if (path.isEmpty()) {
        exchange.error(
            RegistryErrorCode.UNSUPPORTED,
            "no registry endpoint at " + method + " " + ctx.request().path(),
            address,
            404);
        return;
      }
      String authorization = ctx.request().getHeader("Authorization");
      if (authorization == null) {
        // The challenge every client asks for before it sends its credentials: nothing decided.
        deliberation.discard();
      }
      Caller caller =
          auth.authenticate(authorization)
              .from(
                  new RequestOrigin(
                      address.region(),
                      clock.instant(),
                      true,
                      HttpEndpoint.sourceIp(ctx.request())));
      Deliberation.by(caller.arn());
      RegistryPath target = path.get();
      if (target.kind() == RegistryPath.Kind.PING) {
        exchange.json(200, Buffer.buffer("{}"));
        deliberation.allowed();
        return;
      }
      RepositoryEntity repository = repository(target.name());
      Scope scope = new Scope(caller, repository, exchange);
      switch (target.kind()) {
        case BLOB -> blobs.blob(scope, method, target.reference());
        case UPLOADS -> blobs.start(scope, method);
        case UPLOAD -> blobs.upload(scope, method, target.reference());
        case MANIFEST -> manifests.manifest(scope, method, target.reference());
        case TAGS -> manifests.tags(scope, method);
        case REFERRERS -> manifests.referrers(scope, method, target.reference());
        default -> throw new IllegalStateException(target.kind().name());
      }
      deliberation.allowed();
    } catch (RehearsalException e) {
      deliberation.refused(e);
      exchange.error(
          RegistryErrors.codeOf(e, RegistryErrorCode.UNSUPPORTED), e.getMessage(), address);
    } catch (RuntimeException e) {
      if (BodyStream.interrupted(e)) {
        // The client went away mid-body: nothing of it was kept (the store keeps all or nothing).
        LOG.infof("registry request %s %s: %s", method, ctx.request().path(), e.getMessage());
        exchange.error(
            RegistryErrorCode.BLOB_UPLOAD_INVALID,
            "the request body did not arrive whole; nothing of it was kept",
            address);
        return;
      }
      LOG.errorf(e, "registry request %s %s failed", method, ctx.request().path());
      deliberation.refused(
          new RehearsalException(AwsErrorCode.ECR_SERVER, "internal error: " + e.getMessage()));
      exchange.error(RegistryErrorCode.UNSUPPORTED, "internal error: " + e, address, 500);
    } finally {
      deliberation.discard();
      exchange.drainIfUnread();
    }
  }

  private RepositoryEntity repository(String name) {
    try {
      RepositoryName.parse(name);
    } catch (RehearsalException e) {
      throw new RegistryException(
          RegistryErrorCode.NAME_INVALID, AwsErrorCode.ECR_INVALID_PARAMETER, e.getMessage());
    }
    return store
        .find(name)
        .orElseThrow(
            () ->
                new RegistryException(
                    RegistryErrorCode.NAME_UNKNOWN,
                    AwsErrorCode.ECR_REPOSITORY_NOT_FOUND,
                    "The repository with name '"
                        + name
                        + "' does not exist in the registry with id '"
                        + address.accountId()
                        + "'"));
  }

  /** One authenticated request on one repository. */
  final class Scope {
    final Caller caller;
    final RepositoryEntity repository;
    final Exchange exchange;

    Scope(Caller caller, RepositoryEntity repository, Exchange exchange) {
      this.caller = caller;
      this.repository = repository;
      this.exchange = exchange;
    }

    /** Refuses as ECR does unless the caller may perform {@code operation} here. */
    void authorise(RegistryOperation operation) {
      authorise(operation.action(), repository);
    }

    void authorise(String action, RepositoryEntity on) {
      Deliberation.actionIs(action.substring(action.indexOf(':') + 1));
      access.requireForRegistry(caller, action, on.arn(), on.policy());
    }

    RepositoryEntity other(String name) {
      return repository(name);
    }

    /** The repository as it is now (after a change made by this request). */
    RepositoryEntity fresh() {
      return store.find(repository.name()).orElse(repository);
    }

    String prefix() {
      return "/v2/" + repository.name();
    }
  }

  /** The header by which clients know a registry API v2 (Docker Registry HTTP API V2). */
  static void versionHeader(HttpServerResponse response) {
    response.putHeader("Docker-Distribution-API-Version", API_VERSION);
  }
}
