package dev.rehearsal.provisioner.changeset;

import dev.rehearsal.provisioner.aws.ServiceErrors;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** Reading a stack's description and telling its statuses apart. */
final class Stacks {
  /** The statuses of a stack that ended well (CloudFormation API Reference, {@code Stack}). */
  private static final Set<String> SUCCEEDED =
      Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "DELETE_COMPLETE", "IMPORT_COMPLETE");

  /** A stack created by a change set that was never executed: not a stack yet, to deploy. */
  static final String REVIEW = "REVIEW_IN_PROGRESS";

  private Stacks() {}

  /**
   * The stack named (or with the id) {@code stack}; empty when CloudFormation says it "does not
   * exist" (a {@code ValidationError}).
   */
  static Optional<Stack> describe(CloudFormationClient cloudFormation, String stack) {
    try {
      return cloudFormation.describeStacks(b -> b.stackName(stack)).stacks().stream().findFirst();
    } catch (AwsServiceException e) {
      if (e.awsErrorDetails() != null
          && String.valueOf(e.awsErrorDetails().errorMessage()).contains("does not exist")) {
        return Optional.empty();
      }
      throw ServiceErrors.refusal("DescribeStacks", e);
    }
  }

  /**
   * Whether the stack has settled: no {@code *_IN_PROGRESS} status except a change set's review.
   */
  static boolean settled(String status) {
    return !status.endsWith("_IN_PROGRESS") || status.equals(REVIEW);
  }

  static boolean succeeded(String status) {
    return SUCCEEDED.contains(status);
  }

  /** Whether a stack exists to be updated, rather than created by a {@code CREATE} change set. */
  static boolean deployed(Optional<Stack> stack) {
    return stack.isPresent() && !stack.get().stackStatusAsString().equals(REVIEW);
  }
}
