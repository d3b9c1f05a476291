package dev.rehearsal.provisioner.changeset;

import dev.rehearsal.provisioner.ProvisionException;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.aws.ServiceErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/**
 * Making a change set and waiting for it, as {@code aws cloudformation deploy} does: {@code
 * CreateChangeSet} ({@code CREATE} for a new stack, {@code UPDATE} otherwise, the capabilities only
 * as the user gave them, a parameter not given keeping its previous value), then {@code
 * DescribeChangeSet} until it is made.
 */
final class ChangeSets {
  /** CloudFormation's reasons for a change set that changes nothing (the AWS CLI's test too). */
  private static final List<String> NO_CHANGES =
      List.of("didn't contain changes", "No updates are to be performed");

  private final CloudFormationClient cloudFormation;

  ChangeSets(CloudFormationClient cloudFormation) {
    this.cloudFormation = cloudFormation;
  }

  /**
   * Asks for a change set; empty when CloudFormation answers at once that nothing would change (as
   * {@code UpdateStack} does, "No updates are to be performed.", and moto's change sets).
   *
   * @param previous the values of the stack's parameters now, which those not given keep
   */
  Optional<ChangeSet> create(StackRequest request, boolean update, Map<String, String> previous) {
    List<Parameter> parameters = new ArrayList<>();
    request
        .parameters()
        .forEach(
            (k, v) ->
                parameters.add(Parameter.builder().parameterKey(k).parameterValue(v).build()));
    request.template().parameters().stream()
        .map(declaration -> declaration.name())
        .filter(name -> !request.parameters().containsKey(name) && previous.containsKey(name))
        .forEach(
            name ->
                parameters.add(
                    Parameter.builder().parameterKey(name).usePreviousValue(true).build()));
    String name = "rehearse-" + System.currentTimeMillis();
    CreateChangeSetResponse created;
    try {
      created =
          ServiceErrors.call(
              "CreateChangeSet",
              () ->
                  cloudFormation.createChangeSet(
                      b -> {
                        b.stackName(request.stackName())
                            .changeSetName(name)
                            .changeSetType(update ? ChangeSetType.UPDATE : ChangeSetType.CREATE)
                            .templateBody(request.templateBody())
                            .parameters(parameters)
                            .description("rehearse provision");
                        if (!request.capabilities().isEmpty()) {
                          b.capabilitiesWithStrings(request.capabilities());
                        }
                      }));
    } catch (ProvisionException e) {
      if (update && unchanged(e.getMessage())) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(new ChangeSet(created.id(), created.stackId(), !update));
  }

  /**
   * Waits until the change set is made and returns its changes; none when CloudFormation found
   * nothing to change.
   *
   * @throws ProvisionException when CloudFormation could not make it, with its reason
   */
  List<DescribeChangeSetResponse> await(ChangeSet changeSet) {
    Polling polling = new Polling();
    while (true) {
      DescribeChangeSetResponse first = describe(changeSet, null);
      String status = first.statusAsString();
      if (status.equals("CREATE_COMPLETE")) {
        return pages(changeSet, first);
      }
      if (status.equals("FAILED")) {
        String reason = Optional.ofNullable(first.statusReason()).orElse("");
        if (unchanged(reason)) {
          return List.of();
        }
        throw new ProvisionException(
            "ChangeSetFailed", "Failed to create the change set: " + reason);
      }
      polling.pause();
    }
  }

  private static boolean unchanged(String reason) {
    return NO_CHANGES.stream().anyMatch(String.valueOf(reason)::contains);
  }

  /** Removes a change set not executed, and the stack a {@code CREATE} one made for it. */
  void discard(ChangeSet changeSet) {
    ServiceErrors.run(
        "DeleteChangeSet",
        () -> cloudFormation.deleteChangeSet(b -> b.changeSetName(changeSet.id())));
    if (changeSet.creates()) {
      ServiceErrors.run(
          "DeleteStack", () -> cloudFormation.deleteStack(b -> b.stackName(changeSet.stackId())));
    }
  }

  void execute(ChangeSet changeSet) {
    ServiceErrors.run(
        "ExecuteChangeSet",
        () -> cloudFormation.executeChangeSet(b -> b.changeSetName(changeSet.id())));
  }

  private List<DescribeChangeSetResponse> pages(
      ChangeSet changeSet, DescribeChangeSetResponse first) {
    List<DescribeChangeSetResponse> pages = new ArrayList<>(List.of(first));
    String next = first.nextToken();
    while (next != null) {
      DescribeChangeSetResponse page = describe(changeSet, next);
      pages.add(page);
      next = page.nextToken();
    }
    return pages;
  }

  /** One page, with the properties' values before and after where CloudFormation gives them. */
  private DescribeChangeSetResponse describe(ChangeSet changeSet, String token) {
    return ServiceErrors.call(
        "DescribeChangeSet",
        () ->
            cloudFormation.describeChangeSet(
                b -> b.changeSetName(changeSet.id()).nextToken(token).includePropertyValues(true)));
  }

  static List<Change> changes(List<DescribeChangeSetResponse> pages) {
    return pages.stream().flatMap(page -> page.changes().stream()).toList();
  }
}
