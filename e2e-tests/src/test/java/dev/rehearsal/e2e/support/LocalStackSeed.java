package dev.rehearsal.e2e.support;

import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.changeset.ChangeSetProvisioner;
import dev.rehearsal.provisioner.direct.DirectProvisioner;
import java.nio.file.Path;

/**
 * The seed's stack applied to one LocalStack both ways the provisioner knows: through LocalStack's
 * CloudFormation ({@code CreateChangeSet}/{@code ExecuteChangeSet}, names as the seed gives them)
 * and the direct way (IAM calls, the role renamed {@value #DIRECT_ROLE} so that both fit in one
 * account; the OIDC provider, whose URL is unique in an account, is made by the direct way only, as
 * LocalStack's CloudFormation makes none — see {@code LocalStackDifferentialIntegrationTest}).
 *
 * @param cloudFormation how LocalStack's CloudFormation reported the stack
 * @param direct how the direct way's apply ended
 */
public record LocalStackSeed(StackResult cloudFormation, StackResult direct) {
  /** The seed's role as the direct way creates it in LocalStack. */
  public static final String DIRECT_ROLE = SeedStack.ROLE + "Direct";

  /** Where {@link #apply} keeps the direct way's state record in {@code stateFolder}. */
  static Path stateFile(Path stateFolder) {
    return stateFolder.resolve("direct-state.json");
  }

  /** Applies the seed both ways; the direct way's state record is kept in {@code stateFolder}. */
  public static LocalStackSeed apply(AwsClients localStack, Path stateFolder) {
    StackResult cloudFormation =
        new ChangeSetProvisioner(localStack)
            .apply(SeedStack.request(SeedStack.template()), ProvisionListener.silent());
    StackRequest direct =
        SeedStack.request(
            SeedStack.template()
                .replace("RoleName: " + SeedStack.ROLE, "RoleName: " + DIRECT_ROLE));
    return new LocalStackSeed(
        cloudFormation,
        new DirectProvisioner(localStack, stateFile(stateFolder))
            .apply(direct, ProvisionListener.silent()));
  }
}
