package dev.rehearsal.cli.provision;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.DataOption;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.provisioner.aws.AwsTarget;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a stack is provisioned and how (a picocli mixin): the endpoint (the running world's
 * aws-emulator by default), the region, the way (CloudFormation's change sets, or {@code --direct}
 * through IAM and ECR with a state record) and the stack's name.
 */
final class TargetOptions {
  static final String ENDPOINT_ENV = "AWS_ENDPOINT_URL";
  private static final String DEFAULT_REGION = "us-east-1";

  @Option(
      names = "--stack-name",
      paramLabel = "NAME",
      description =
          "The stack's name, e.g. github-oidc, as for aws cloudformation deploy (default: the"
              + " template file's name without its extension)")
  String stackName;

  @Option(
      names = {"--endpoint-url", "--endpoint"},
      paramLabel = "URL",
      description =
          "An endpoint serving IAM, STS, ECR and CloudFormation at one address: LocalStack, moto"
              + " server (python3 -m moto.server), an aws-emulator (default: $AWS_ENDPOINT_URL,"
              + " else the running world's aws-emulator, as 'rehearse up' prints it)")
  Optional<String> endpointUrl = Optional.empty();

  @Option(
      names = "--aws",
      description =
          "Real AWS: the SDK's default endpoints, credentials (environment, profile, SSO, instance"
              + " role) and region")
  boolean aws;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description =
          "The region (default: $AWS_REGION, else us-east-1 for an endpoint; the SDK's for --aws)")
  Optional<String> region = Optional.empty();

  @Option(
      names = "--direct",
      description =
          "Work through IAM and ECR, not CloudFormation: for endpoints whose CloudFormation lacks"
              + " these types (LocalStack's free tier, moto). Keeps a state record (see --state)")
  boolean direct;

  @Option(
      names = "--via",
      paramLabel = "cloudformation|api",
      description =
          "The way: cloudformation (the default: change sets) or api (the same as --direct)")
  Optional<Way> via = Optional.empty();

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description =
          "--direct only: the state record, JSON (default: one file per endpoint, region and"
              + " stack under provision/ in the data directory)")
  Optional<Path> state = Optional.empty();

  @Mixin DataOption data;

  enum Way {
    cloudformation,
    api
  }

  /**
   * The stack's name: {@code --stack-name}, else the template file's name without its extension
   * ({@code stack.yaml} is {@code stack}), as CloudFormation allows a stack's name to be.
   */
  void nameStack(Optional<String> template) {
    if (stackName != null) {
      return;
    }
    String derived =
        template
            .map(t -> t.substring(t.lastIndexOf(':') + 1))
            .map(t -> Path.of(t).getFileName().toString())
            .map(name -> name.replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9-]", "-"))
            .filter(name -> name.matches("[A-Za-z][A-Za-z0-9-]{0,127}"))
            .orElseThrow(() -> new UserError("give the stack's name with --stack-name NAME"));
    stackName = derived;
  }

  /** Whether the direct way was asked for: {@code --direct} or {@code --via api}. */
  boolean direct() {
    if (direct && via.equals(Optional.of(Way.cloudformation))) {
      throw new UserError("--direct and --via cloudformation name two ways: give one of them");
    }
    return direct || via.equals(Optional.of(Way.api));
  }

  /** The endpoint and credentials the options name. */
  AwsTarget target() {
    if (aws) {
      if (endpointUrl.isPresent()) {
        throw new UserError("--aws and --endpoint-url name two places: give one of them");
      }
      return AwsTarget.aws(region);
    }
    String chosenRegion =
        region.or(() -> Optional.ofNullable(System.getenv("AWS_REGION"))).orElse(DEFAULT_REGION);
    Optional<String> url =
        endpointUrl.or(
            () -> Optional.ofNullable(System.getenv(ENDPOINT_ENV)).filter(s -> !s.isBlank()));
    if (url.isPresent()) {
      return AwsTarget.endpoint(uri(url.get()), chosenRegion);
    }
    WorldRecord world =
        WorldRecord.running(
            data.directory(),
            ". Start one with 'rehearse up' (in another shell), give --endpoint-url URL"
                + " (LocalStack, moto server), or --aws for real AWS");
    return AwsTarget.emulator(uri(world.aws().url()), chosenRegion);
  }

  /** The state record's file: {@code --state}, else one per endpoint, region and stack. */
  Path stateFile(AwsTarget target) {
    if (state.isPresent()) {
      return state.get();
    }
    DataDirectory directory = data.directory();
    // A data directory that a world uses later must look like one: made as `up` makes it.
    directory.prepare();
    String endpoint =
        target
            .endpoint()
            .map(uri -> uri.getHost() + "_" + (uri.getPort() < 0 ? "default" : uri.getPort()))
            .orElse("aws");
    return directory
        .root()
        .resolve("provision")
        .resolve(endpoint.toLowerCase(Locale.ROOT))
        .resolve(target.region())
        .resolve(stackName + ".json");
  }

  String way() {
    return direct() ? "direct" : "cloudformation";
  }

  private static URI uri(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new UserError(
            "--endpoint-url takes a URL such as http://127.0.0.1:5000, got '" + url + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UserError(
          "--endpoint-url takes a URL such as http://127.0.0.1:5000, got '" + url + "'");
    }
  }
}
