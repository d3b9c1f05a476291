package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.cloudformation.CfnRequests.CreateChangeSetRequest;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.plan.Plan;
import dev.rehearsal.core.cloudformation.plan.StackPlanner;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Change sets (User Guide, "Update CloudFormation stacks using change sets"): {@code
 * CreateChangeSet} plans at once, so a change set is {@code CREATE_COMPLETE} (or {@code FAILED}
 * with CloudFormation's "didn't contain changes") when the waiter first asks; {@code
 * ExecuteChangeSet} applies exactly what was planned — the same template, parameters and seed — and
 * removes the stack's other change sets, as CloudFormation does.
 */
public final class ChangeSetOperations {
  /** botocore {@code ChangeSetName}: {@code [a-zA-Z][-a-zA-Z0-9]*}, 1 to 128 characters. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");

  static final String NO_CHANGES =
      "The submitted information didn't contain changes. Submit different information to create"
          + " a change set.";

  private final Stacks stacks;
  private final StackDeployer deployer;
  private final Clock clock;

  ChangeSetOperations(Stacks stacks, StackDeployer deployer, Clock clock) {
    this.stacks = stacks;
    this.deployer = deployer;
    this.clock = clock;
  }

  /** Returns the change set's id and its stack's id. */
  public ChangeSetRef createChangeSet(Caller caller, CreateChangeSetRequest request) {
    stacks.authorize(caller, "CreateChangeSet", request.stackName());
    String name = request.changeSetName();
    if (name == null || !NAME.matcher(name).matches()) {
      throw StackInputs.validation(
          "1 validation error detected: Value '"
              + name
              + "' at 'changeSetName' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: [a-zA-Z][-a-zA-Z0-9]*");
    }
    String type = request.changeSetType() == null ? "UPDATE" : request.changeSetType();
    if (!List.of("CREATE", "UPDATE").contains(type)) {
      throw StackInputs.validation(
          "ChangeSetType " + type + " is not supported by this emulator: CREATE or UPDATE");
    }
    synchronized (stacks.store()) {
      Optional<Stack> existing = stacks.find(request.stackName());
      Stack stack =
          type.equals("CREATE") ? forCreate(request, existing) : forUpdate(request, existing);
      synchronized (stack) {
        return plan(caller, request, type, stack);
      }
    }
  }

  private ChangeSetRef plan(
      Caller caller, CreateChangeSetRequest request, String type, Stack stack) {
    if (stack.changeSet(request.changeSetName()).isPresent()) {
      throw new RehearsalException(
          AwsErrorCode.CFN_ALREADY_EXISTS,
          "ChangeSet [" + request.changeSetName() + "] already exists");
    }
    Optional<Stack> previous = type.equals("UPDATE") ? Optional.of(stack) : Optional.empty();
    String body = StackInputs.templateBody(request.template(), previous);
    Template template = Template.parse(body);
    StackInputs.requireCapabilities(template, request.capabilities());
    Map<String, String> parameters = StackInputs.parameters(request.parameters(), previous);
    StackSettings settings = deployer.nextSettings(stack, parameters);
    Plan plan = StackPlanner.plan(template, settings, stack.deployed());
    boolean changes = plan.hasChanges();
    String id =
        "arn:aws:cloudformation:"
            + stacks.region()
            + ":"
            + stacks.accountId()
            + ":changeSet/"
            + request.changeSetName()
            + "/"
            + UUID.randomUUID();
    ChangeSet changeSet =
        new ChangeSet(
            id,
            request.changeSetName(),
            type,
            changes ? "CREATE_COMPLETE" : "FAILED",
            changes ? null : NO_CHANGES,
            changes ? "AVAILABLE" : "UNAVAILABLE",
            clock.instant(),
            request.description(),
            body,
            parameters,
            request.capabilities(),
            request.tags(),
            ChangeSetChanges.of(plan),
            settings.seed());
    stack.changeSets.add(changeSet);
    if (stack.status == null) {
      new StackJournal(stack, stacks.store(), clock)
          .stackStatus("REVIEW_IN_PROGRESS", "User Initiated");
    } else {
      stacks.store().save(stack);
    }
    return new ChangeSetRef(id, stack.stackId);
  }

  /** A {@code CREATE} change set makes a new stack in {@code REVIEW_IN_PROGRESS}. */
  private Stack forCreate(CreateChangeSetRequest request, Optional<Stack> existing) {
    if (existing.isPresent() && !"REVIEW_IN_PROGRESS".equals(existing.get().status)) {
      throw StackInputs.validation(
          "Stack ["
              + request.stackName()
              + "] already exists and cannot be created again with the changeSet ["
              + request.changeSetName()
              + "].");
    }
    return existing.orElseGet(() -> stacks.create(request.stackName(), request.tags()));
  }

  private Stack forUpdate(CreateChangeSetRequest request, Optional<Stack> existing) {
    Stack stack =
        existing.orElseThrow(
            () -> StackInputs.validation("Stack [" + request.stackName() + "] does not exist"));
    if ("REVIEW_IN_PROGRESS".equals(stack.status)) {
      throw StackInputs.validation(
          "Stack ["
              + request.stackName()
              + "] does not exist: it is in REVIEW_IN_PROGRESS; create it with ChangeSetType"
              + " CREATE");
    }
    StackOperations.requireUpdatable(stack);
    return stack;
  }

  public Located describeChangeSet(Caller caller, String changeSetName, String stackName) {
    Located found = find(changeSetName, stackName);
    stacks.authorize(caller, "DescribeChangeSet", found.stack().stackId);
    return found;
  }

  public void executeChangeSet(Caller caller, String changeSetName, String stackName) {
    Located found = find(changeSetName, stackName);
    Stack stack = found.stack();
    stacks.authorize(caller, "ExecuteChangeSet", stack.stackId);
    synchronized (stack) {
      ChangeSet changeSet = stack.changeSet(found.changeSet().id()).orElseThrow();
      if (!"AVAILABLE".equals(changeSet.executionStatus())) {
        throw new RehearsalException(
            AwsErrorCode.CFN_INVALID_CHANGE_SET_STATUS,
            "ChangeSet ["
                + changeSet.id()
                + "] cannot be executed in its current execution status of ["
                + changeSet.executionStatus()
                + "]");
      }
      if (changeSet.type().equals("UPDATE")) {
        StackOperations.requireUpdatable(stack);
      }
      Template template = Template.parse(changeSet.templateBody());
      // The seed it was planned with: the names a replacement gets are the ones described.
      StackSettings settings = deployer.settings(stack, changeSet.parameters(), changeSet.seed());
      stack.changeSets.clear();
      stack.changeSets.add(changeSet.withExecutionStatus("EXECUTE_IN_PROGRESS"));
      stack.capabilities = new ArrayList<>(changeSet.capabilities());
      if (changeSet.type().equals("CREATE")) {
        stack.templateBody = changeSet.templateBody();
        deployer.create(stack, template, settings, caller);
      } else {
        deployer.update(stack, template, changeSet.templateBody(), settings, caller);
      }
      stack.settleChangeSets();
      stacks.store().save(stack);
    }
  }

  public void deleteChangeSet(Caller caller, String changeSetName, String stackName) {
    Located found = find(changeSetName, stackName);
    Stack stack = found.stack();
    stacks.authorize(caller, "DeleteChangeSet", stack.stackId);
    synchronized (stack) {
      if ("EXECUTE_IN_PROGRESS".equals(found.changeSet().executionStatus())) {
        throw new RehearsalException(
            AwsErrorCode.CFN_INVALID_CHANGE_SET_STATUS,
            "Cannot delete ChangeSet in status EXECUTE_IN_PROGRESS");
      }
      stack.changeSets.removeIf(c -> c.id().equals(found.changeSet().id()));
      stacks.store().save(stack);
    }
  }

  public List<ChangeSet> listChangeSets(Caller caller, String stackName) {
    stacks.authorize(caller, "ListChangeSets", stackName);
    Stack stack = stacks.existing(stackName);
    synchronized (stack) {
      return List.copyOf(stack.changeSets);
    }
  }

  /**
   * A change set by ARN, or by name within a stack ({@code ChangeSetNotFound}: "ChangeSet [X] does
   * not exist").
   */
  private Located find(String changeSetName, String stackName) {
    if (changeSetName == null) {
      throw StackInputs.validation(
          "1 validation error detected: Value null at 'changeSetName' failed to satisfy"
              + " constraint: Member must not be null");
    }
    List<Stack> candidates =
        changeSetName.startsWith("arn:")
            ? stacks.store().all()
            : stackName == null
                ? List.of()
                : stacks.find(stackName).map(List::of).orElse(List.of());
    if (!changeSetName.startsWith("arn:") && stackName == null) {
      throw StackInputs.validation(
          "StackName must be specified if ChangeSetName is not specified as an ARN.");
    }
    for (Stack stack : candidates) {
      synchronized (stack) {
        Optional<ChangeSet> changeSet = stack.changeSet(changeSetName);
        if (changeSet.isPresent()) {
          return new Located(stack, changeSet.get());
        }
      }
    }
    throw new RehearsalException(
        AwsErrorCode.CFN_CHANGE_SET_NOT_FOUND, "ChangeSet [" + changeSetName + "] does not exist");
  }

  /** A change set's id and its stack's. */
  public record ChangeSetRef(String id, String stackId) {}

  /** A change set with the stack it belongs to. */
  public record Located(Stack stack, ChangeSet changeSet) {}
}
