package dev.rehearsal.e2e.support;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.aws.AwsTarget;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A test class's own LocalStack, started with Testcontainers' {@link LocalStackContainer} from
 * {@code LOCALSTACK_IMAGE} (default {@value #DEFAULT_IMAGE}, the last release that starts without
 * an auth token), with {@code LOCALSTACK_AUTH_TOKEN} passed through when it is set. Where the image
 * is neither in the Docker engine nor pullable, or no engine answers, each test is skipped with the
 * reason and how to build the image ({@value #BUILD_SCRIPT}). Beside it, once it runs, a world of
 * emulators ({@link #world()}) whose oidc-emulator signs the tokens, and with {@link #withSeed()}
 * the seed's stack applied to LocalStack both ways.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalStack localStack = LocalStack.fromEnvironment().withSeed();
 * }</pre>
 */
public final class LocalStack implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  public static final String DEFAULT_IMAGE = "localstack/localstack:4.14.0";
  static final String BUILD_SCRIPT = "e2e-tests/localstack/build-image.sh";

  private final String image;
  private final Optional<String> authToken;
  private final boolean seeded;
  private final SeedWorld world = SeedWorld.deploying();
  private String unavailable;
  private Path stateFolder;
  private LocalStackSeed seed;
  private LocalStackContainer container;
  private AwsClients clients;

  private LocalStack(String image, Optional<String> authToken, boolean seeded) {
    this.image = image;
    this.authToken = authToken;
    this.seeded = seeded;
  }

  /**
   * The image and the auth token from {@code LOCALSTACK_IMAGE} and {@code LOCALSTACK_AUTH_TOKEN}.
   */
  public static LocalStack fromEnvironment() {
    return new LocalStack(
        nonBlank(System.getenv("LOCALSTACK_IMAGE")).orElse(DEFAULT_IMAGE),
        nonBlank(System.getenv("LOCALSTACK_AUTH_TOKEN")),
        false);
  }

  /** This LocalStack with the seed's stack applied both ways once it runs ({@link #seed()}). */
  public LocalStack withSeed() {
    return new LocalStack(image, authToken, true);
  }

  /**
   * The world of emulators beside this LocalStack (the seed's stack deployed in the aws-emulator):
   * its oidc-emulator signs the tokens LocalStack is given, its aws-emulator is the comparison. It
   * is started only when LocalStack is.
   */
  public SeedWorld world() {
    return world;
  }

  /** How the seed's stack was applied to this LocalStack (see {@link #withSeed()}). */
  public LocalStackSeed seed() {
    return seed;
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  /** Whether LocalStack was started (else each test is skipped, saying why). */
  public boolean available() {
    return container != null;
  }

  public String image() {
    return image;
  }

  /** Whether an auth token was given: a paid image, with ECR and IAM enforcement. */
  public boolean paid() {
    return authToken.isPresent();
  }

  /** Where LocalStack's one endpoint answers on this machine (its mapped port 4566). */
  public URI endpoint() {
    return container.getEndpoint();
  }

  /** The SDK's clients for LocalStack, as {@code test}/{@code test} in its account 000000000000. */
  public AwsClients clients() {
    if (clients == null) {
      clients = new AwsClients(AwsTarget.emulator(endpoint(), container.getRegion()));
    }
    return clients;
  }

  /**
   * Skips the calling test unless this LocalStack serves ECR: the free image has none (it answers
   * that the API is not included in its license), a paid one ({@code LOCALSTACK_AUTH_TOKEN}) has.
   */
  public void assumeEcr() {
    String refusal;
    try {
      clients().ecr().describeRepositories();
      return;
    } catch (SdkException e) {
      refusal = e.getMessage();
    }
    abort(
        "LocalStack ("
            + image
            + ") serves no ECR: "
            + refusal
            + " — its free image has none; set LOCALSTACK_AUTH_TOKEN (and a paid LOCALSTACK_IMAGE)"
            + " to run the push against it");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (!Docker.answers()) {
      unavailable = "no Docker engine answers `docker info`: LocalStack runs in a container";
      return; // each test says why it is skipped (beforeEach)
    }
    Optional<String> missing = Docker.obtain(image);
    if (missing.isPresent()) {
      unavailable = howToBuild(missing.get());
      return;
    }
    container =
        new LocalStackContainer(
                DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
            .withServices("iam", "sts", "cloudformation", "ecr");
    authToken.ifPresent(token -> container.withEnv("LOCALSTACK_AUTH_TOKEN", token));
    if (paid()) {
      // LocalStack's IAM enforcement (a paid feature): its policies are evaluated for every call.
      container.withEnv("ENFORCE_IAM", "1");
    }
    long started = System.nanoTime();
    container.start();
    System.out.printf(
        "LocalStack %s answers at %s (started in %d ms)%n",
        image, endpoint(), (System.nanoTime() - started) / 1_000_000);
    if (seeded) {
      stateFolder = Files.createTempDirectory("rehearsal-localstack-");
      seed = LocalStackSeed.apply(clients(), stateFolder);
    }
    world.beforeAll(context);
  }

  private String howToBuild(String pullFailure) {
    return "the LocalStack image "
        + image
        + " is not in the Docker engine and cannot be pulled ("
        + pullFailure
        + "): build it without a registry with "
        + BUILD_SCRIPT
        + " (root, debootstrap; 1 to 7 minutes), or set LOCALSTACK_IMAGE to an image the engine has";
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    assumeTrue(unavailable == null, () -> "LocalStack tests skipped: " + unavailable);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    world.afterAll(context);
    if (stateFolder != null) {
      Files.deleteIfExists(LocalStackSeed.stateFile(stateFolder));
      Files.deleteIfExists(stateFolder);
    }
    if (clients != null) {
      clients.close();
    }
    if (container != null) {
      container.stop();
    }
  }
}
