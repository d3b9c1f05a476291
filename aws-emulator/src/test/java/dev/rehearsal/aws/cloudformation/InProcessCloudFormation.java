package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.CallerContexts;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.cloudformation.resources.ResourceDrivers;
import dev.rehearsal.aws.ecr.EcrAccess;
import dev.rehearsal.aws.ecr.EcrStore;
import dev.rehearsal.aws.ecr.RegistryAddress;
import dev.rehearsal.aws.ecr.RegistryPasswords;
import dev.rehearsal.aws.ecr.RepositoryOperations;
import dev.rehearsal.aws.iam.IamOperations;
import dev.rehearsal.aws.iam.IamShapes.GetRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRolePoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRolesRequest;
import dev.rehearsal.aws.iam.IamShapes.Role;
import dev.rehearsal.aws.iam.IamStore;
import dev.rehearsal.aws.state.DataDirectory;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The emulator's CloudFormation, IAM and ECR assembled in-process over a data directory, as {@code
 * dev.rehearsal.aws.Emulator} assembles them; opening it recovers what the directory holds. A
 * deploy made by {@link #DEPLOYER} consults IAM for every CloudFormation and IAM action, and there
 * a crash can be planted: the first check made once {@code crashWhen} holds of IAM's state throws
 * {@link Crash}, an {@link Error} no code catches, so the stack's files stay exactly as the
 * interrupted operation last wrote them.
 */
final class InProcessCloudFormation {
  static final String ACCOUNT = "000000000000";
  static final String REGION = "us-east-1";
  static final Caller ROOT = Caller.root(ACCOUNT);

  /** A session of a role allowed everything, so that each of its calls is checked. */
  static final Caller DEPLOYER =
      new Caller(
          "arn:aws:sts::" + ACCOUNT + ":assumed-role/Deployer/run",
          "AROADEPLOYERDEPLOYER:run",
          ACCOUNT,
          Optional.of("arn:aws:iam::" + ACCOUNT + ":role/Deployer"),
          Optional.of(Instant.parse("2999-01-01T00:00:00Z")));

  private static final List<PolicyDocument> ALLOW_ALL =
      List.of(
          PolicyParser.parse(
              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
                  + "\"Resource\":\"*\"}]}"));

  /** What stops the emulator midway: nothing in it catches an {@link Error}. */
  static final class Crash extends Error {
    Crash() {
      super("the emulator stopped here", null, false, false);
    }
  }

  final IamOperations iam;
  final CloudFormation cloudFormation;
  private volatile Predicate<InProcessCloudFormation> crashWhen = state -> false;

  private InProcessCloudFormation(Path data, Clock clock) {
    DataDirectory directory = new DataDirectory(data);
    IamStore store = new IamStore(directory);
    IdentityPolicyCheck policies =
        new IdentityPolicyCheck(role -> check(), CallerContexts.untagged(REGION, clock));
    this.iam = IamOperations.create(store, ACCOUNT, clock, policies);
    EcrStore ecr = new EcrStore(data.resolve("ecr/repositories"));
    RepositoryOperations repositories =
        new RepositoryOperations(
            ecr,
            new EcrAccess(role -> ALLOW_ALL, CallerContexts.untagged(REGION, clock)),
            new RegistryPasswords(new byte[32]),
            new RegistryAddress(ACCOUNT, REGION, () -> 5000),
            clock);
    this.cloudFormation =
        CloudFormation.open(
            data.resolve("cloudformation"),
            new ResourceDrivers(iam, repositories),
            policies,
            clock,
            REGION,
            ACCOUNT);
  }

  /** Opens the directory as the emulator does at start, finishing what a crash left. */
  static InProcessCloudFormation open(Path data) {
    return new InProcessCloudFormation(data, Clock.systemUTC());
  }

  /** The next check made once {@code condition} holds throws {@link Crash}. */
  void crashWhen(Predicate<InProcessCloudFormation> condition) {
    this.crashWhen = condition;
  }

  private List<PolicyDocument> check() {
    if (crashWhen.test(this)) {
      crashWhen = state -> false;
      throw new Crash();
    }
    return ALLOW_ALL;
  }

  StackOperations stacks() {
    return cloudFormation.stacks();
  }

  ChangeSetOperations changeSets() {
    return cloudFormation.changeSets();
  }

  Stack stack(String nameOrId) {
    return stacks().describeStacks(ROOT, nameOrId).get(0);
  }

  /** The status of the live stack {@code name}, if there is one. */
  Optional<String> status(String name) {
    return stacks().describeStacks(ROOT, null).stream()
        .filter(s -> s.stackName.equals(name))
        .map(s -> s.status)
        .findFirst();
  }

  Optional<Role> role(String name) {
    try {
      return Optional.of(iam.roles().getRole(ROOT, new GetRoleRequest(name)).role());
    } catch (RehearsalException e) {
      if (e.errorCode() == AwsErrorCode.NO_SUCH_ENTITY) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The roles under {@code path}. */
  List<Role> roles(String path) {
    return iam.roles().listRoles(ROOT, new ListRolesRequest(path, null, null)).roles();
  }

  List<String> inlinePolicies(String role) {
    return iam.rolePolicies()
        .listRolePolicies(ROOT, new ListRolePoliciesRequest(role, null, null))
        .policyNames();
  }

  String inlinePolicy(String role, String policy) {
    return iam.rolePolicies()
        .getRolePolicy(ROOT, new GetRolePolicyRequest(role, policy))
        .policyDocument();
  }
}
