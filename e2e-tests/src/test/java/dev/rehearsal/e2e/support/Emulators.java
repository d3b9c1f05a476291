package dev.rehearsal.e2e.support;

import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Emulator;
import dev.rehearsal.cli.world.Installation;
import dev.rehearsal.cli.world.World;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.aws.AwsTarget;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;

/**
 * The oidc-emulator and the aws-emulator started exactly as {@code rehearse up --data DIR
 * --aws-port 0 --oidc-port 0} starts them: the CLI's own {@link World}, which prepares the data
 * directory, locks it, starts both jars wired together and writes {@code world.json}. Stopping and
 * starting again on the same directory is {@code rehearse down} then {@code rehearse up}.
 */
public final class Emulators implements AutoCloseable {
  public static final String ACCOUNT = "000000000000";
  public static final String REGION = "us-east-1";

  private final DataDirectory data;
  private World world;
  private AwsClients root;

  private Emulators(DataDirectory data) {
    this.data = data;
  }

  /** Both emulators on free ports, their state in {@code directory}. */
  public static Emulators up(Path directory) {
    Emulators emulators = new Emulators(new DataDirectory(directory));
    emulators.start(0, 0);
    return emulators;
  }

  private void start(int awsPort, int oidcPort) {
    world =
        World.start(
            data, Installation.locate(), awsPort, oidcPort, new PrintWriter(System.out, true));
  }

  /** {@code rehearse down}: both emulators stop; the data directory keeps their state. */
  public void down() {
    closeClients();
    world.close();
  }

  /** {@code rehearse up} again on the same data directory and the same ports. */
  public void upAgain() {
    WorldRecord before = world.record();
    start(before.aws().port(), before.oidc().port());
  }

  /** What {@code world.json} says, as {@code rehearse token}, {@code run} and others read it. */
  public WorldRecord record() {
    return WorldRecord.running(data, ": the emulators were stopped");
  }

  public String awsUrl() {
    return world.record().aws().url();
  }

  /** ECR's registry, {@code 127.0.0.1:PORT}: the host part of every repository URI. */
  public String registry() {
    return URI.create(awsUrl()).getAuthority();
  }

  /** The data directory, as {@code --data} names it to every {@code rehearse} command. */
  public Path dataRoot() {
    return data.root();
  }

  /** The oidc-emulator's own folder: its port, admin token and CA. */
  public Path oidcHome() {
    return data.emulatorHome(Emulator.OIDC);
  }

  public Path caFile() {
    return World.caFile(data);
  }

  public OidcAdmin oidcAdmin() {
    return OidcAdmin.of(oidcHome());
  }

  /** The SDK's clients for the aws-emulator as the account's root ({@code test}/{@code test}). */
  public AwsClients root() {
    if (root == null) {
      root = new AwsClients(AwsTarget.emulator(URI.create(awsUrl()), REGION));
    }
    return root;
  }

  /** {@code AssumeRoleWithWebIdentity} of {@code role} with {@code token}, as the SDKs send it. */
  public AssumeRoleWithWebIdentityResponse assumeRole(String role, String token) {
    return assumeRole(root(), role, token);
  }

  /** {@code AssumeRoleWithWebIdentity} sent to the STS of {@code clients} (any backend). */
  public static AssumeRoleWithWebIdentityResponse assumeRole(
      AwsClients clients, String role, String token) {
    return clients
        .sts()
        .assumeRoleWithWebIdentity(
            r ->
                r.roleArn("arn:aws:iam::" + ACCOUNT + ":role/" + role)
                    .roleSessionName("e2e")
                    .webIdentityToken(token));
  }

  /** ECR's {@code DescribeImages} of {@code repository}, as the account's root. */
  public List<ImageDetail> images(String repository) {
    return root().ecr().describeImages(r -> r.repositoryName(repository)).imageDetails();
  }

  private void closeClients() {
    if (root != null) {
      root.close();
      root = null;
    }
  }

  @Override
  public void close() {
    closeClients();
    if (world != null) {
      world.close();
    }
  }
}
