package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.NativeAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;
import software.amazon.awssdk.services.ecr.model.GetAuthorizationTokenResponse;

/**
 * {@code aws-actions/amazon-ecr-login} v1 and v2, natively, as their {@code index.js} and {@code
 * cleanup.js} run (tags v1 and v2): ECR's {@code GetAuthorizationToken} with the credentials and
 * region of the environment, {@code docker login} to each registry, outputs {@code registry} (one
 * registry only) and {@code docker_username_<registry>} / {@code docker_password_<registry>} with
 * every run of characters outside {@code [a-zA-Z0-9_]} replaced by {@code _}; the password masked
 * unless {@code mask-password} is not {@code true} (v1's default is {@code false}, v2's {@code
 * true}); the post step logs out unless {@code skip-logout}. ECR is the endpoint {@code
 * AWS_ENDPOINT_URL_ECR} or {@code AWS_ENDPOINT_URL} names, else AWS's.
 */
public final class AmazonEcrLogin implements NativeAction {
  private final int major;

  public AmazonEcrLogin(int major) {
    if (major < 1 || major > 2) {
      throw new IllegalArgumentException("amazon-ecr-login v" + major + " is not rehearsed");
    }
    this.major = major;
  }

  @Override
  public ActionMetadata metadata() {
    return ActionMetadata.builder()
        .input("http-proxy")
        .input("mask-password", major == 1 ? "false" : "true")
        .input("registries")
        .input("registry-type", "private")
        .input("skip-logout", "false")
        .post()
        .build();
  }

  /** The registry's name in output names: {@code 127.0.0.1:4566} is {@code 127_0_0_1_4566}. */
  public static String outputSuffix(String registryUri) {
    return registryUri.replaceAll("[^a-zA-Z0-9_]+", "_");
  }

  @Override
  public void main(ActionContext context) {
    boolean maskPassword = maskPassword(context.input("mask-password"));
    boolean skipLogout = context.input("skip-logout").equalsIgnoreCase("true");
    List<String> loggedIn = new ArrayList<>();
    ActionFailedException failure = null;
    try {
      login(context, maskPassword, loggedIn);
    } catch (ActionFailedException e) {
      failure = e;
    }
    // The registries logged into are handed to the post step even when a later one failed.
    if (!loggedIn.isEmpty()) {
      if (!skipLogout) {
        context.saveState("registries", String.join(",", loggedIn));
      }
      context
          .log()
          .debug("'skip-logout' is " + skipLogout + " for " + loggedIn.size() + " registries.");
    }
    if (failure != null) {
      throw failure;
    }
  }

  private boolean maskPassword(String input) {
    return major == 1 ? input.equalsIgnoreCase("true") : !input.equalsIgnoreCase("false");
  }

  private void login(ActionContext context, boolean maskPassword, List<String> loggedIn) {
    String registryType = context.input("registry-type").toLowerCase(Locale.ROOT);
    if (!registryType.isEmpty()
        && !registryType.equals("private")
        && !registryType.equals("public")) {
      throw new ActionFailedException(
          "Invalid input for 'registry-type', possible options are [private, public]");
    }
    if (!maskPassword) {
      context.log().warning(unmaskedWarning());
    }
    if (registryType.equals("public")) {
      throw new ActionFailedException(
          "registry-type 'public' is not rehearsed: the aws-emulator has no ECR Public");
    }
    List<AuthorizationData> authorizations = authorizationData(context);
    DockerCli docker = new DockerCli(context.environment(), context.workspace());
    for (AuthorizationData data : authorizations) {
      String[] creds =
          new String(Base64.getDecoder().decode(data.authorizationToken()), StandardCharsets.UTF_8)
              .split(":", 2);
      String endpoint = data.proxyEndpoint();
      String registryUri = endpoint.replaceFirst("^https?://", "");
      context.log().info("Logging into registry " + registryUri);
      if (authorizations.size() == 1) {
        context.setOutput("registry", registryUri);
      }
      DockerCli.Result result = docker.login(creds[0], creds.length > 1 ? creds[1] : "", endpoint);
      if (result.exitCode() != 0) {
        context.log().debug(result.stdout());
        throw new ActionFailedException(
            "Could not login to registry " + registryUri + ": " + result.stderr());
      }
      String suffix = outputSuffix(registryUri);
      if (maskPassword) {
        context.setSecret(creds[1]);
      }
      context.setOutput("docker_username_" + suffix, creds[0]);
      context.setOutput("docker_password_" + suffix, creds[1]);
      loggedIn.add(registryUri);
    }
  }

  private String unmaskedWarning() {
    String warning =
        "Your docker password is not masked. See"
            + " https://github.com/aws-actions/amazon-ecr-login#docker-credentials for more"
            + " information.";
    return major == 1
        ? warning
            + " The default value of the 'mask-password' input has changed from 'false' to 'true'"
            + " in the v2 release. See https://github.com/aws-actions/amazon-ecr-login/issues/526"
            + " for more information."
        : warning;
  }

  private List<AuthorizationData> authorizationData(ActionContext context) {
    String region =
        AwsEnvironment.region(context.environment())
            .orElseThrow(() -> new ActionFailedException("Region is missing"));
    if (major == 2) {
      boolean fromEnv =
          !context.env("AWS_ACCESS_KEY_ID").isEmpty()
              && !context.env("AWS_SECRET_ACCESS_KEY").isEmpty();
      context
          .log()
          .info(
              fromEnv
                  ? "Using environment variable credentials."
                  : "Using default AWS credential chain.");
    }
    AwsCredentials credentials = CredentialSupport.loadCredentials(context);
    Optional<List<String>> registryIds =
        Optional.of(context.input("registries"))
            .filter(ids -> !ids.isEmpty())
            .map(ids -> Arrays.asList(ids.split(",")));
    GetAuthorizationTokenResponse response =
        AwsCalls.call(
            AwsCalls.ecr(context.environment(), region, credentials),
            ecr -> ecr.getAuthorizationToken(r -> registryIds.ifPresent(r::registryIds)));
    if (!response.hasAuthorizationData()) {
      throw new ActionFailedException("Amazon ECR authorization token is invalid");
    }
    if (response.authorizationData().isEmpty()) {
      throw new ActionFailedException(
          "Amazon ECR authorization token does not contain any authorization data");
    }
    return response.authorizationData();
  }

  /** {@code cleanup.js}: {@code docker logout} from each registry the main step logged into. */
  @Override
  public void post(ActionContext context) {
    String registries = context.state("registries");
    if (registries.isEmpty()) {
      return;
    }
    DockerCli docker = new DockerCli(context.environment(), context.workspace());
    List<String> failed = new ArrayList<>();
    for (String registry : registries.split(",")) {
      context.log().info("Logging out of registry " + registry);
      DockerCli.Result result = docker.logout(registry);
      if (result.exitCode() != 0) {
        context.log().debug(result.stdout());
        context.log().error("Could not logout of registry " + registry + ": " + result.stderr());
        failed.add(registry);
      }
    }
    if (!failed.isEmpty()) {
      throw new ActionFailedException("Failed to logout: " + String.join(",", failed));
    }
  }
}
