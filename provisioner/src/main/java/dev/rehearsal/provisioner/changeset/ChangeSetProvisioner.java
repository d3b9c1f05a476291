package dev.rehearsal.provisioner.changeset;

import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.provisioner.ProvisionException;
import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.Provisioner;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.aws.ServiceErrors;
import dev.rehearsal.provisioner.check.TemplateCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * The CloudFormation way: {@code new ChangeSetProvisioner(clients).apply(request, listener)} is
 * {@code aws cloudformation deploy} with the stack's events shown as they happen. The template is
 * read and linted with core first, so that what IAM would refuse stops before CloudFormation is
 * asked; everything after that is the endpoint's CloudFormation's own answer, the missing
 * capability included.
 */
public final class ChangeSetProvisioner implements Provisioner {
  private final AwsClients clients;

  public ChangeSetProvisioner(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public StackPreview plan(StackRequest request) {
    Optional<Stack> stack = Stacks.describe(cloudFormation(), request.stackName());
    ChangeSets changeSets = new ChangeSets(cloudFormation());
    Optional<ChangeSet> changeSet = prepare(request, stack, changeSets);
    if (changeSet.isEmpty()) {
      return unchangedPreview(request);
    }
    try {
      return preview(request, stack, changeSets.await(changeSet.get()));
    } finally {
      changeSets.discard(changeSet.get());
    }
  }

  @Override
  public StackResult apply(StackRequest request, ProvisionListener listener) {
    Optional<Stack> stack = Stacks.describe(cloudFormation(), request.stackName());
    ChangeSets changeSets = new ChangeSets(cloudFormation());
    Optional<ChangeSet> changeSet = prepare(request, stack, changeSets);
    StackPreview preview;
    try {
      preview =
          changeSet.isEmpty()
              ? unchangedPreview(request)
              : preview(request, stack, changeSets.await(changeSet.get()));
    } catch (RuntimeException e) {
      changeSets.discard(changeSet.get());
      throw e;
    }
    listener.planned(preview);
    if (!preview.hasChanges()) {
      changeSet.ifPresent(changeSets::discard);
      listener.note("No changes to deploy. Stack " + request.stackName() + " is up to date");
      return unchanged(stack.orElseThrow());
    }
    String stackId = changeSet.get().stackId();
    Optional<String> since = StackWatch.newestEvent(cloudFormation(), stackId);
    changeSets.execute(changeSet.get());
    return new StackWatch(cloudFormation(), listener).follow(request.stackName(), stackId, since);
  }

  @Override
  public StackResult destroy(String stackName, ProvisionListener listener) {
    Stack stack =
        Stacks.describe(cloudFormation(), stackName)
            .orElseThrow(
                () ->
                    new ProvisionException(
                        "ValidationError", "Stack with id " + stackName + " does not exist"));
    Optional<String> since = StackWatch.newestEvent(cloudFormation(), stack.stackId());
    ServiceErrors.run(
        "DeleteStack", () -> cloudFormation().deleteStack(b -> b.stackName(stack.stackId())));
    return new StackWatch(cloudFormation(), listener).follow(stackName, stack.stackId(), since);
  }

  /** Checks the template with core, then asks CloudFormation for a change set. */
  private Optional<ChangeSet> prepare(
      StackRequest request, Optional<Stack> stack, ChangeSets changeSets) {
    Map<String, String> previous = new HashMap<>();
    boolean update = Stacks.deployed(stack);
    if (update) {
      stack.get().parameters().forEach(p -> previous.put(p.parameterKey(), p.parameterValue()));
    }
    Map<String, String> values = new HashMap<>(previous);
    values.putAll(request.parameters());
    StackSettings settings =
        StackSettings.of(request.stackName(), clients.region(), clients.accountId(), values);
    TemplateCheck.refuseWhatIamRejects(request.template().resolve(settings));
    return changeSets.create(request, update, previous);
  }

  private static StackPreview preview(
      StackRequest request,
      Optional<Stack> stack,
      List<software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse> pages) {
    return ChangeSetPreview.of(
        request.stackName(), Stacks.deployed(stack), ChangeSets.changes(pages));
  }

  private static StackPreview unchangedPreview(StackRequest request) {
    return new StackPreview(request.stackName(), true, List.of());
  }

  private static StackResult unchanged(Stack stack) {
    Map<String, String> outputs = new java.util.LinkedHashMap<>();
    stack.outputs().forEach(o -> outputs.put(o.outputKey(), o.outputValue()));
    return new StackResult(
        stack.stackName(),
        stack.stackStatusAsString(),
        true,
        false,
        Optional.empty(),
        outputs,
        List.of());
  }

  private CloudFormationClient cloudFormation() {
    return clients.cloudFormation();
  }
}
