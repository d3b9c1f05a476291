package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.cloudformation.resources.ResourceDrivers;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The emulator's CloudFormation: its stacks in {@code DATA/cloudformation/}, the typed stack and
 * change-set operations, and the drivers that apply plans through IAM's and ECR's typed operations
 * in-process.
 */
public record CloudFormation(StackOperations stacks, ChangeSetOperations changeSets) {
  /**
   * Assembles the service and finishes what a stopped emulator left in progress ({@link
   * StackDeployer#recover}), acting as the account's root.
   */
  public static CloudFormation open(
      Path directory,
      ResourceDrivers drivers,
      IdentityPolicyCheck policies,
      Clock clock,
      String region,
      String accountId) {
    StackStore store = new StackStore(directory.resolve("stacks"));
    StackDeployer deployer = new StackDeployer(drivers, store, clock, region, accountId);
    Stacks stacks = new Stacks(store, policies, clock, region, accountId);
    Caller root = Caller.root(accountId);
    for (Stack stack : store.all()) {
      synchronized (stack) {
        deployer.recover(stack, root);
      }
    }
    return new CloudFormation(
        new StackOperations(stacks, deployer), new ChangeSetOperations(stacks, deployer, clock));
  }
}
