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
    ChangeSets changeSets = new ChangeSets(cloudFormation());
    Previewed previewed = previewed(request, changeSets);
    previewed.changeSet().ifPresent(changeSets::discard);
    return previewed.preview();
  }

  @Override
  public StackResult apply(StackRequest request, ProvisionListener listener) {
    ChangeSets changeSets = new ChangeSets(cloudFormation());
    Previewed previewed = previewed(request, changeSets);
    listener.planned(previewed.preview());
    if (!previewed.preview().hasChanges()) {
      previewed.changeSet().ifPresent(changeSets::discard);
      listener.note("No changes to deploy. Stack " + request.stackName() + " is up to date");
      return unchanged(previewed.stack().orElseThrow());
    }
    ChangeSet changeSet = previewed.changeSet().orElseThrow();
    Optional<String> since = StackWatch.newestEvent(cloudFormation(), changeSet.stackId());
    changeSets.execute(changeSet);
    return new StackWatch(cloudFormation(), listener)
        .follow(request.stackName(), changeSet.stackId(), since);
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

  /**
   * The stack as it is, the change set made for the request (none: nothing to change), its plan.
   */
  private record Previewed(
      Optional<Stack> stack, Optional<ChangeSet> changeSet, StackPreview preview) {}

  /**
   * Checks the template with core, asks CloudFormation for a change set and describes it; a change
   * set that cannot be described is deleted.
   */
  private Previewed previewed(StackRequest request, ChangeSets changeSets) {
    Optional<Stack> stack = Stacks.describe(cloudFormation(), request.stackName());
    boolean update = Stacks.deployed(stack);
    Map<String, String> previous = new HashMap<>();
    if (update) {
      stack.get().parameters().forEach(p -> previous.put(p.parameterKey(), p.parameterValue()));
    }
    Map<String, String> values = new HashMap<>(previous);
    values.putAll(request.parameters());
    StackSettings settings =
        StackSettings.of(request.stackName(), clients.region(), clients.accountId(), values);
    TemplateCheck.refuseWhatIamRejects(request.template().resolve(settings));
    Optional<ChangeSet> changeSet = changeSets.create(request, update, previous);
    if (changeSet.isEmpty()) {
      return new Previewed(stack, changeSet, unchangedPreview(request));
    }
    try {
      StackPreview preview =
          ChangeSetPreview.of(
              request.stackName(), update, ChangeSets.changes(changeSets.await(changeSet.get())));
      if (update) {
        preview =
            new LocalDiff(cloudFormation())
                .fill(preview, stack.get(), request.template(), settings);
      }
      return new Previewed(stack, changeSet, preview);
    } catch (RuntimeException e) {
      changeSets.discard(changeSet.get());
      throw e;
    }
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
