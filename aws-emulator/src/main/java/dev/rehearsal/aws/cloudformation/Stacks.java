package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finding stacks, making new ones and authorising calls on them: what every CloudFormation
 * operation needs first. A role session needs {@code cloudformation:<Action>} on the stack's ARN
 * ({@code arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/*} before it exists), as
 * CloudFormation's "Actions, resources, and condition keys" page lists it.
 */
final class Stacks {
  /** Statuses from which {@code UpdateStack} and an {@code UPDATE} change set may start. */
  static final Set<String> UPDATABLE =
      Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE");

  private final StackStore store;
  private final IdentityPolicyCheck policies;
  private final Clock clock;
  private final String region;
  private final String accountId;
  private final SecureRandom random = new SecureRandom();

  Stacks(
      StackStore store,
      IdentityPolicyCheck policies,
      Clock clock,
      String region,
      String accountId) {
    this.store = store;
    this.policies = policies;
    this.clock = clock;
    this.region = region;
    this.accountId = accountId;
  }

  StackStore store() {
    return store;
  }

  void authorize(Caller caller, String action, String stackNameOrId) {
    String resource =
        stackNameOrId == null
            ? "*"
            : store
                .find(stackNameOrId)
                .map(s -> s.stackId)
                .orElse(
                    stackNameOrId.startsWith("arn:")
                        ? stackNameOrId
                        : "arn:aws:cloudformation:"
                            + region
                            + ":"
                            + accountId
                            + ":stack/"
                            + stackNameOrId
                            + "/*");
    policies.require(caller, "cloudformation:" + action, resource);
  }

  Optional<Stack> find(String nameOrId) {
    if (nameOrId == null || nameOrId.isEmpty()) {
      throw StackInputs.validation(
          "1 validation error detected: Value null at 'stackName'"
              + " failed to satisfy constraint: Member must not be null");
    }
    return store.find(nameOrId);
  }

  /** {@code ValidationError}: "Stack with id NAME does not exist", as DescribeStacks words it. */
  Stack existing(String nameOrId) {
    return find(nameOrId)
        .orElseThrow(
            () ->
                new RehearsalException(
                    AwsErrorCode.VALIDATION_ERROR,
                    "Stack with id " + nameOrId + " does not exist"));
  }

  /** A new stack's record: its id and the seed its generated names are drawn from. */
  Stack create(String name, Map<String, String> tags) {
    StackSettings settings =
        new StackSettings(name, region, accountId, Map.of(), random.nextLong());
    Stack stack = new Stack();
    stack.stackId = settings.stackId();
    stack.stackName = name;
    stack.seed = settings.seed();
    stack.creationTime = clock.instant();
    stack.tags.putAll(tags);
    return stack;
  }

  String region() {
    return region;
  }

  String accountId() {
    return accountId;
  }
}
