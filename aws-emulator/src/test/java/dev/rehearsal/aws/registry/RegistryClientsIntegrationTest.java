package dev.rehearsal.aws.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.DecisionFile;
import dev.rehearsal.aws.support.EcrFixtures;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Sessions;
import dev.rehearsal.aws.support.Tool;
import dev.rehearsal.core.ecr.EcrAuthorizer;
import dev.rehearsal.core.ecr.EcrCaller;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.explain.Explanation;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * The packaged emulator's registry with clients nobody here wrote: the Docker CLI and engine
 * ({@code docker login} with the password of {@code GetAuthorizationToken}, {@code build}, {@code
 * push}, {@code rmi}, {@code pull}), docker-java (the engine's API, pushing with an {@code
 * AuthConfig}), skopeo and crane where installed. Skipped, with the reason, where there is no
 * Docker engine (CI installs one: .ci/run).
 */
@QuarkusIntegrationTest
@WithTestResource(EmulatorResource.class)
class RegistryClientsIntegrationTest {
  @TempDir static Path work;

  private static Tool docker;

  @BeforeAll
  static void requireDocker() throws Exception {
    Optional<Path> executable = Tool.find("docker");
    assumeTrue(executable.isPresent(), "no docker CLI on PATH");
    Path config = Files.createDirectories(work.resolve("docker-config"));
    docker = new Tool(executable.get(), Map.of("DOCKER_CONFIG", config.toString()));
    assumeTrue(
        docker.run(null, "info").exitCode() == 0,
        "no Docker engine answers (apt-get install docker.io; dockerd): "
            + docker.run(null, "info").stderr());
  }

  private static String registry() {
    return Clients.endpoint().getAuthority();
  }

  /** A {@code FROM scratch} image with one file: builds offline, no base image to pull. */
  private static String build(String tag, String content) throws Exception {
    Path context = Files.createDirectories(work.resolve("context-" + tag.hashCode()));
    Files.writeString(context.resolve("hello.txt"), content);
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
    Tool.Result built = docker.run(null, "build", "-q", "-t", tag, context.toString());
    assertThat(built.exitCode()).as(built.all()).isZero();
    return tag;
  }

  private static Tool.Result login(AwsCredentials credentials) {
    return docker.run(
        EcrFixtures.password(credentials),
        "login",
        "--username",
        "AWS",
        "--password-stdin",
        registry());
  }

  @Test
  void dockerLoginBuildPushRmiPull_returnsTheSameDigest() throws Exception {
    EcrFixtures.repository("clients/docker");
    assertThat(login(Sessions.seed()).stdout()).contains("Login Succeeded");
    String image = build(registry() + "/clients/docker:v1", "pushed by docker");

    Tool.Result pushed = docker.run(null, "push", image);
    assertThat(pushed.exitCode()).as(pushed.all()).isZero();
    String digest = pushed.stdout().replaceAll("(?s).*digest: (sha256:[0-9a-f]{64}).*", "$1");
    assertThat(docker.run(null, "rmi", image).exitCode()).isZero();
    Tool.Result pulled = docker.run(null, "pull", image);

    assertThat(pulled.exitCode()).as(pulled.all()).isZero();
    assertThat(pulled.stdout()).contains("Digest: " + digest);
  }

  @Test
  void dockerPush_byARoleWithoutPushRights_printsEcrsDenial() throws Exception {
    EcrFixtures.repository("clients/denied");
    login(Sessions.of("DockerPullOnly", EcrFixtures.PULL_ONLY));
    String image = build(registry() + "/clients/denied:v1", "denied");

    Tool.Result pushed = docker.run(null, "push", image);

    assertThat(pushed.exitCode()).isNotZero();
    assertThat(pushed.all())
        .contains(
            "denied: User: arn:aws:sts::000000000000:assumed-role/DockerPullOnly/GitHubActions"
                + " is not authorized to perform: ecr:InitiateLayerUpload on resource:"
                + " arn:aws:ecr:us-east-1:000000000000:repository/clients/denied because no"
                + " identity-based policy allows the ecr:InitiateLayerUpload action");
    JsonNode record =
        DecisionFile.await(
            r ->
                r.path("service").asText().equals("registry")
                    && r.path("outcome").asText().equals("denied")
                    && r.path("caller").asText().contains("/DockerPullOnly/"));
    var core =
        new EcrAuthorizer()
            .authorize(
                EcrCaller.roleSession(
                    "arn:aws:sts::000000000000:assumed-role/DockerPullOnly/GitHubActions",
                    "arn:aws:iam::000000000000:role/DockerPullOnly",
                    "000000000000",
                    "AROAEXAMPLE:GitHubActions"),
                RequestOrigin.https("us-east-1", java.time.Instant.now()),
                "ecr:InitiateLayerUpload",
                "arn:aws:ecr:us-east-1:000000000000:repository/clients/denied",
                List.of(PolicyParser.parse(EcrFixtures.PULL_ONLY, PolicyKind.IDENTITY)),
                Optional.empty());
    assertThat(record.path("action").asText()).isEqualTo("InitiateLayerUpload");
    assertThat(DecisionFile.explanation(record)).containsSequence(Explanation.step(core));
  }

  @Test
  void dockerPush_toAMissingRepository_printsNameUnknown() throws Exception {
    login(Clients.ROOT);
    String image = build(registry() + "/clients/missing:v1", "missing");

    Tool.Result pushed = docker.run(null, "push", image);

    assertThat(pushed.exitCode()).isNotZero();
    assertThat(pushed.all())
        .contains(
            "name unknown: The repository with name 'clients/missing' does not exist in the"
                + " registry with id '000000000000'");
  }

  @Test
  void dockerJava_pushWithAnAuthConfig_asTheSeedRole() throws Exception {
    EcrFixtures.repository("clients/docker-java");
    String image = build(registry() + "/clients/docker-java:v1", "pushed through docker-java");
    var config =
        DefaultDockerClientConfig.createDefaultConfigBuilder()
            .withDockerHost("unix:///var/run/docker.sock")
            .build();
    try (DockerClient client =
        DockerClientImpl.getInstance(
            config,
            new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost()).build())) {
      AuthConfig auth =
          new AuthConfig()
              .withUsername("AWS")
              .withPassword(EcrFixtures.password(Sessions.seed()))
              .withRegistryAddress(registry());

      client.pushImageCmd(image).withAuthConfig(auth).start().awaitCompletion();
    }

    HttpResponse<String> served =
        RegistryHttp.loggedInAs(Clients.ROOT)
            .send(
                "GET",
                "/v2/clients/docker-java/manifests/v1",
                null,
                "Accept",
                "application/vnd.docker.distribution.manifest.v2+json");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).contains("\"schemaVersion\"");
  }

  @Test
  void skopeoCopy_inAndOut_keepsTheDigest() throws Exception {
    Optional<Path> skopeo = Tool.find("skopeo");
    assumeTrue(skopeo.isPresent(), "skopeo not installed (Debian skopeo)");
    EcrFixtures.repository("clients/skopeo");
    String image = build("rehearsal-skopeo:v1", "copied by skopeo");
    Path archive = work.resolve("skopeo.tar");
    assertThat(docker.run(null, "save", "-o", archive.toString(), image).exitCode()).isZero();
    Tool tool = new Tool(skopeo.get(), Map.of());
    String creds = "AWS:" + EcrFixtures.password(Clients.ROOT);
    String target = "docker://" + registry() + "/clients/skopeo:v1";

    Tool.Result in =
        tool.run(
            null,
            "copy",
            "--dest-tls-verify=false",
            "--dest-creds",
            creds,
            "docker-archive:" + archive,
            target);
    Tool.Result out =
        tool.run(
            null,
            "copy",
            "--src-tls-verify=false",
            "--src-creds",
            creds,
            target,
            "dir:" + work.resolve("skopeo-out"));

    assertThat(in.exitCode()).as(in.all()).isZero();
    assertThat(out.exitCode()).as(out.all()).isZero();
    Tool.Result inspected =
        tool.run(null, "inspect", "--tls-verify=false", "--creds", creds, target);
    assertThat(inspected.stdout()).contains("\"Digest\": \"sha256:");
    assertThat(Files.readString(work.resolve("skopeo-out/manifest.json")))
        .contains("schemaVersion");
  }

  @Test
  void oras_pushesAnArtifact_attachesAReferrer_andDiscoversIt() throws Exception {
    Optional<Path> oras = Tool.find("oras", System.getProperty("user.home") + "/go/bin");
    assumeTrue(oras.isPresent(), "oras not installed (go install oras.land/oras/cmd/oras)");
    EcrFixtures.repository("clients/oras");
    Path files = Files.createDirectories(work.resolve("oras"));
    Files.writeString(files.resolve("notes.txt"), "an artifact, not an image");
    Files.writeString(files.resolve("sbom.json"), "{\"sbom\":true}");
    Tool tool = new Tool(oras.get(), Map.of("HOME", work.toString()));
    String password = EcrFixtures.password(Clients.ROOT);
    String subject = registry() + "/clients/oras:v1";

    Tool.Result pushed =
        oras(
            tool,
            password,
            "push",
            "--artifact-type",
            "application/vnd.rehearsal.notes",
            subject,
            files.resolve("notes.txt") + ":text/plain",
            "--disable-path-validation");
    Tool.Result attached =
        oras(
            tool,
            password,
            "attach",
            "--artifact-type",
            "application/vnd.rehearsal.sbom",
            subject,
            files.resolve("sbom.json") + ":application/json",
            "--disable-path-validation");
    Tool.Result discovered = oras(tool, password, "discover", "--format", "json", subject);

    assertThat(pushed.exitCode()).as(pushed.all()).isZero();
    assertThat(attached.exitCode()).as(attached.all()).isZero();
    assertThat(discovered.exitCode()).as(discovered.all()).isZero();
    assertThat(discovered.stdout()).contains("application/vnd.rehearsal.sbom");
  }

  /** An oras command against the plain-HTTP registry, logged in as AWS (password on stdin). */
  private static Tool.Result oras(Tool oras, String password, String command, String... args) {
    String[] login = {command, "--plain-http", "-u", "AWS", "--password-stdin"};
    String[] all = Arrays.copyOf(login, login.length + args.length);
    System.arraycopy(args, 0, all, login.length, args.length);
    return oras.run(password, all);
  }

  @Test
  void crane_listsTagsAndReadsTheManifest() throws Exception {
    Optional<Path> crane = Tool.find("crane", System.getProperty("user.home") + "/go/bin");
    assumeTrue(crane.isPresent(), "crane not installed (go install .../cmd/crane)");
    EcrFixtures.repository("clients/crane");
    login(Clients.ROOT);
    String image = build(registry() + "/clients/crane:v1", "read by crane");
    assertThat(docker.run(null, "push", image).exitCode()).isZero();
    Tool tool =
        new Tool(crane.get(), Map.of("DOCKER_CONFIG", work.resolve("docker-config").toString()));

    Tool.Result tags = tool.run(null, "ls", "--insecure", registry() + "/clients/crane");
    Tool.Result manifest = tool.run(null, "manifest", "--insecure", image);

    assertThat(tags.stdout().trim()).as(tags.all()).isEqualTo("v1");
    assertThat(manifest.stdout()).contains("\"schemaVersion\": 2");
  }
}
