package dev.rehearsal.aws.support;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;

/**
 * Role sessions for tests: a role trusting GitHub's {@code repo:acme/*} (as the seed's does) with
 * the given identity policy, assumed with a token of the test issuer, as the seed workflow does.
 */
public final class Sessions {
  private Sessions() {}

  /** The seed role's session (its policy allows pushing to any repository, not creating one). */
  public static AwsCredentials seed() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      Seed.ensure(iam);
    }
    return assume(Seed.ROLE_ARN);
  }

  /** A session of role {@code name}, created with {@code identityPolicy} if it does not exist. */
  public static AwsCredentials of(String name, String identityPolicy) {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      Seed.ensure(iam);
      try {
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(Seed.TRUST_POLICY));
        iam.putRolePolicy(
            r -> r.roleName(name).policyName("policy").policyDocument(identityPolicy));
      } catch (EntityAlreadyExistsException e) {
        // created by an earlier test in this run
      }
    }
    return assume("arn:aws:iam::000000000000:role/" + name);
  }

  private static AwsCredentials assume(String roleArn) {
    try (var sts = Clients.anonymousSts()) {
      String token = EmulatorResource.issuer().token("acme/app");
      return Clients.of(
          sts.assumeRoleWithWebIdentity(
                  r -> r.roleArn(roleArn).roleSessionName("GitHubActions").webIdentityToken(token))
              .credentials());
    } catch (Exception e) {
      throw new IllegalStateException("cannot assume " + roleArn, e);
    }
  }
}
