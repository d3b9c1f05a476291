package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.cloudformation.CfnRequests.CreateStackRequest;
import dev.rehearsal.aws.cloudformation.CfnRequests.TemplateSource;
import dev.rehearsal.aws.cloudformation.CfnRequests.UpdateStackRequest;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.plan.StackPlanner;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFormation's stack operations, typed (botocore {@code cloudformation/2010-05-15}): create,
 * update and delete run to their end before answering ({@link StackDeployer}); the reads answer
 * from the stack's record.
 */
public final class StackOperations {
  private final Stacks stacks;
  private final StackDeployer deployer;

  StackOperations(Stacks stacks, StackDeployer deployer) {
    this.stacks = stacks;
    this.deployer = deployer;
  }

  public TemplateSummary validateTemplate(Caller caller, TemplateSource source) {
    stacks.authorize(caller, "ValidateTemplate", null);
    return TemplateSummary.of(Template.parse(StackInputs.templateBody(source, Optional.empty())));
  }

  /** {@code GetTemplateSummary} of a template body, or of a stack's current template. */
  public TemplateSummary getTemplateSummary(
      Caller caller, TemplateSource source, String stackName) {
    if (stackName != null) {
      stacks.authorize(caller, "GetTemplateSummary", stackName);
      Stack stack = stacks.existing(stackName);
      synchronized (stack) {
        if (stack.templateBody == null) {
          throw StackInputs.validation("Stack with id " + stackName + " does not exist");
        }
        return TemplateSummary.of(Template.parse(stack.templateBody));
      }
    }
    return validateTemplate(caller, source);
  }

  public String createStack(Caller caller, CreateStackRequest request) {
    stacks.authorize(caller, "CreateStack", request.stackName());
    String body = StackInputs.templateBody(request.template(), Optional.empty());
    Template template = Template.parse(body);
    StackInputs.requireCapabilities(template, request.capabilities());
    Map<String, String> parameters = StackInputs.parameters(request.parameters(), Optional.empty());
    Stack stack;
    synchronized (stacks.store()) {
      if (stacks.find(request.stackName()).isPresent()) {
        throw new RehearsalException(
            AwsErrorCode.CFN_ALREADY_EXISTS, "Stack [" + request.stackName() + "] already exists");
      }
      stack = stacks.create(request.stackName(), request.tags());
      StackSettings settings = deployer.nextSettings(stack, parameters);
      StackPlanner.plan(template, settings, Map.of());
      stack.disableRollback = request.disableRollback() || "DO_NOTHING".equals(request.onFailure());
      stack.templateBody = body;
      stack.capabilities.addAll(request.capabilities());
      stack.status = "CREATE_IN_PROGRESS";
      stacks.store().save(stack);
    }
    synchronized (stack) {
      deployer.create(stack, template, deployer.nextSettings(stack, parameters), caller);
      if ("DELETE".equals(request.onFailure()) && "ROLLBACK_COMPLETE".equals(stack.status)) {
        deployer.delete(stack, caller);
      }
    }
    return stack.stackId;
  }

  public String updateStack(Caller caller, UpdateStackRequest request) {
    stacks.authorize(caller, "UpdateStack", request.stackName());
    Stack stack = stacks.existing(request.stackName());
    synchronized (stack) {
      requireUpdatable(stack);
      Template template =
          Template.parse(StackInputs.templateBody(request.template(), Optional.of(stack)));
      StackInputs.requireCapabilities(template, request.capabilities());
      Map<String, String> parameters =
          StackInputs.parameters(request.parameters(), Optional.of(stack));
      StackSettings settings = deployer.nextSettings(stack, parameters);
      if (!StackPlanner.plan(template, settings, stack.deployed()).hasChanges()) {
        throw StackInputs.validation("No updates are to be performed.");
      }
      String body = StackInputs.templateBody(request.template(), Optional.of(stack));
      stack.capabilities = new ArrayList<>(request.capabilities());
      if (!request.tags().isEmpty()) {
        stack.tags = new LinkedHashMap<>(request.tags());
      }
      deployer.update(stack, template, body, settings, caller);
      return stack.stackId;
    }
  }

  /** Deleting a stack that does not exist succeeds, as in CloudFormation. */
  public void deleteStack(Caller caller, String stackName) {
    stacks.authorize(caller, "DeleteStack", stackName);
    Optional<Stack> found = stacks.find(stackName);
    if (found.isEmpty()) {
      return;
    }
    Stack stack = found.get();
    synchronized (stack) {
      if (!stack.deleted()) {
        deployer.delete(stack, caller);
      }
    }
  }

  /** {@code DescribeStacks}: one stack (deleted ones by id), or every stack not deleted. */
  public List<Stack> describeStacks(Caller caller, String stackName) {
    stacks.authorize(caller, "DescribeStacks", stackName);
    if (stackName != null) {
      return List.of(stacks.existing(stackName));
    }
    return stacks.store().all().stream().filter(s -> !s.deleted()).toList();
  }

  /** {@code ListStacks}: every stack, deleted ones included, newest first, filtered by status. */
  public List<Stack> listStacks(Caller caller, List<String> statusFilter) {
    stacks.authorize(caller, "ListStacks", null);
    return stacks.store().all().stream()
        .filter(s -> statusFilter.isEmpty() || statusFilter.contains(s.status))
        .sorted(Comparator.comparing((Stack s) -> s.creationTime).reversed())
        .toList();
  }

  /** Newest first, as {@code DescribeStackEvents} lists them. */
  public List<StackEvent> describeStackEvents(Caller caller, String stackName) {
    stacks.authorize(caller, "DescribeStackEvents", stackName);
    Stack stack = stacks.find(stackName).orElseThrow(() -> notFound(stackName));
    synchronized (stack) {
      List<StackEvent> events = new ArrayList<>(stack.events);
      Collections.reverse(events);
      return events;
    }
  }

  public StackResourceState describeStackResource(
      Caller caller, String stackName, String logicalId) {
    stacks.authorize(caller, "DescribeStackResource", stackName);
    Stack stack = stacks.existing(stackName);
    synchronized (stack) {
      StackResourceState resource = stack.resources.get(logicalId);
      if (resource == null) {
        throw StackInputs.validation(
            "Resource " + logicalId + " does not exist for stack " + stackName);
      }
      return resource;
    }
  }

  /** {@code DescribeStackResources} and {@code ListStackResources}. */
  public List<StackResourceState> stackResources(
      Caller caller, String action, String stackName, String logicalId) {
    stacks.authorize(caller, action, stackName);
    Stack stack = stacks.existing(stackName);
    synchronized (stack) {
      return stack.resources.values().stream()
          .filter(r -> logicalId == null || r.logicalId().equals(logicalId))
          .toList();
    }
  }

  public Stack stack(Caller caller, String action, String stackName) {
    stacks.authorize(caller, action, stackName);
    return stacks.existing(stackName);
  }

  static void requireUpdatable(Stack stack) {
    if (!Stacks.UPDATABLE.contains(stack.status)) {
      throw StackInputs.validation(
          "Stack:" + stack.stackId + " is in " + stack.status + " state and can not be updated.");
    }
  }

  private static RehearsalException notFound(String stackName) {
    return StackInputs.validation("Stack [" + stackName + "] does not exist");
  }
}
