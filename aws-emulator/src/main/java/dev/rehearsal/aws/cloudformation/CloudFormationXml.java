package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.wire.XmlBody;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.parameter.ParameterDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code <ActionResult>} of each CloudFormation action, member by member in the order of
 * botocore's shapes ({@code Stack}, {@code StackEvent}, {@code StackResource}, {@code
 * DescribeChangeSetOutput}, …).
 */
final class CloudFormationXml {
  /** How CloudFormation shows a {@code NoEcho} parameter's value. */
  private static final String MASK = "****";

  private CloudFormationXml() {}

  static XmlBody validateTemplate(TemplateSummary summary) {
    XmlBody body =
        new XmlBody()
            .list(
                "Parameters",
                summary.parameters().stream()
                    .map(
                        p ->
                            new XmlBody()
                                .text("ParameterKey", p.key())
                                .text("DefaultValue", p.defaultValue())
                                .bool("NoEcho", p.noEcho())
                                .text("Description", p.description()))
                    .toList())
            .text("Description", summary.description());
    return capabilities(body, summary).list("DeclaredTransforms", List.of());
  }

  static XmlBody templateSummary(TemplateSummary summary) {
    XmlBody body =
        new XmlBody()
            .list(
                "Parameters",
                summary.parameters().stream()
                    .map(
                        p ->
                            new XmlBody()
                                .text("ParameterKey", p.key())
                                .text("DefaultValue", p.defaultValue())
                                .text("ParameterType", p.type())
                                .bool("NoEcho", p.noEcho())
                                .text("Description", p.description())
                                .child(
                                    "ParameterConstraints",
                                    new XmlBody().list("AllowedValues", p.allowedValues())))
                    .toList())
            .text("Description", summary.description());
    return capabilities(body, summary)
        .list("ResourceTypes", summary.resourceTypes())
        .text("Version", "2010-09-09")
        .list("DeclaredTransforms", List.of());
  }

  private static XmlBody capabilities(XmlBody body, TemplateSummary summary) {
    return body.list("Capabilities", summary.capability().map(List::of).orElse(List.of()))
        .text("CapabilitiesReason", summary.capabilityReason());
  }

  static XmlBody stacks(List<Stack> stacks) {
    List<XmlBody> members = new ArrayList<>();
    for (Stack stack : stacks) {
      synchronized (stack) {
        members.add(stack(stack));
      }
    }
    return new XmlBody().list("Stacks", members);
  }

  private static XmlBody stack(Stack stack) {
    List<XmlBody> parameters = new ArrayList<>();
    stack.parameters.forEach(
        (key, value) ->
            parameters.add(
                new XmlBody()
                    .text("ParameterKey", key)
                    .text("ParameterValue", stack.noEcho.contains(key) ? MASK : value)));
    return new XmlBody()
        .text("StackId", stack.stackId)
        .text("StackName", stack.stackName)
        .text("ChangeSetId", lastExecuted(stack))
        .text("Description", stack.description)
        .list("Parameters", parameters)
        .time("CreationTime", stack.creationTime)
        .time("DeletionTime", stack.deletionTime)
        .time("LastUpdatedTime", stack.lastUpdatedTime)
        .child("RollbackConfiguration", new XmlBody())
        .text("StackStatus", stack.status)
        .text("StackStatusReason", stack.statusReason)
        .bool("DisableRollback", stack.disableRollback)
        .list("NotificationARNs", List.of())
        .list("Capabilities", stack.capabilities)
        .list(
            "Outputs",
            stack.outputs.stream()
                .map(
                    o ->
                        new XmlBody()
                            .text("OutputKey", o.key())
                            .text("OutputValue", o.value())
                            .text("Description", o.description())
                            .text("ExportName", o.exportName()))
                .toList())
        .list("Tags", tags(stack.tags))
        .bool("EnableTerminationProtection", false)
        .child("DriftInformation", new XmlBody().text("StackDriftStatus", "NOT_CHECKED"));
  }

  private static String lastExecuted(Stack stack) {
    return stack.changeSets.stream()
        .filter(c -> c.executionStatus().startsWith("EXECUTE"))
        .map(ChangeSet::id)
        .findFirst()
        .orElse(null);
  }

  static XmlBody stackSummaries(List<Stack> stacks) {
    List<XmlBody> members = new ArrayList<>();
    for (Stack stack : stacks) {
      synchronized (stack) {
        members.add(
            new XmlBody()
                .text("StackId", stack.stackId)
                .text("StackName", stack.stackName)
                .text("TemplateDescription", stack.description)
                .time("CreationTime", stack.creationTime)
                .time("LastUpdatedTime", stack.lastUpdatedTime)
                .time("DeletionTime", stack.deletionTime)
                .text("StackStatus", stack.status)
                .text("StackStatusReason", stack.statusReason)
                .child("DriftInformation", new XmlBody().text("StackDriftStatus", "NOT_CHECKED")));
      }
    }
    return new XmlBody().list("StackSummaries", members);
  }

  static XmlBody events(Stack stack, List<StackEvent> events) {
    return new XmlBody()
        .list(
            "StackEvents",
            events.stream()
                .map(
                    e ->
                        new XmlBody()
                            .text("StackId", stack.stackId)
                            .text("EventId", e.eventId())
                            .text("StackName", stack.stackName)
                            .text("LogicalResourceId", e.logicalResourceId())
                            .text("PhysicalResourceId", e.physicalResourceId())
                            .text("ResourceType", e.resourceType())
                            .time("Timestamp", e.timestamp())
                            .text("ResourceStatus", e.resourceStatus())
                            .text("ResourceStatusReason", e.resourceStatusReason())
                            .text("ResourceProperties", e.resourceProperties()))
                .toList());
  }

  static XmlBody resourceDetail(Stack stack, StackResourceState resource) {
    return new XmlBody()
        .child(
            "StackResourceDetail",
            new XmlBody()
                .text("StackName", stack.stackName)
                .text("StackId", stack.stackId)
                .text("LogicalResourceId", resource.logicalId())
                .text("PhysicalResourceId", resource.physicalId())
                .text("ResourceType", resource.type())
                .time("LastUpdatedTimestamp", resource.timestamp())
                .text("ResourceStatus", resource.status())
                .text("ResourceStatusReason", resource.statusReason())
                .text("Metadata", "{}")
                .child("DriftInformation", notChecked()));
  }

  static XmlBody resources(Stack stack, List<StackResourceState> resources) {
    return new XmlBody()
        .list(
            "StackResources",
            resources.stream()
                .map(
                    r ->
                        new XmlBody()
                            .text("StackName", stack.stackName)
                            .text("StackId", stack.stackId)
                            .text("LogicalResourceId", r.logicalId())
                            .text("PhysicalResourceId", r.physicalId())
                            .text("ResourceType", r.type())
                            .time("Timestamp", r.timestamp())
                            .text("ResourceStatus", r.status())
                            .text("ResourceStatusReason", r.statusReason())
                            .child("DriftInformation", notChecked()))
                .toList());
  }

  static XmlBody resourceSummaries(List<StackResourceState> resources) {
    return new XmlBody()
        .list(
            "StackResourceSummaries",
            resources.stream()
                .map(
                    r ->
                        new XmlBody()
                            .text("LogicalResourceId", r.logicalId())
                            .text("PhysicalResourceId", r.physicalId())
                            .text("ResourceType", r.type())
                            .time("LastUpdatedTimestamp", r.timestamp())
                            .text("ResourceStatus", r.status())
                            .text("ResourceStatusReason", r.statusReason())
                            .child("DriftInformation", notChecked()))
                .toList());
  }

  static XmlBody template(Stack stack) {
    synchronized (stack) {
      return new XmlBody()
          .text("TemplateBody", stack.templateBody)
          .list("StagesAvailable", List.of("Original", "Processed"));
    }
  }

  static XmlBody changeSet(ChangeSetOperations.Located located) {
    Stack stack = located.stack();
    ChangeSet c = located.changeSet();
    // NoEcho values are masked in every call that describes the stack (User Guide,
    // "Parameters", NoEcho), a change set's parameters included
    Set<String> noEcho =
        Template.parse(c.templateBody()).parameters().stream()
            .filter(ParameterDeclaration::noEcho)
            .map(ParameterDeclaration::name)
            .collect(Collectors.toSet());
    List<XmlBody> parameters = new ArrayList<>();
    c.parameters()
        .forEach(
            (key, value) ->
                parameters.add(
                    new XmlBody()
                        .text("ParameterKey", key)
                        .text("ParameterValue", noEcho.contains(key) ? MASK : value)));
    return new XmlBody()
        .text("ChangeSetName", c.name())
        .text("ChangeSetId", c.id())
        .text("StackId", stack.stackId)
        .text("StackName", stack.stackName)
        .text("Description", c.description())
        .list("Parameters", parameters)
        .time("CreationTime", c.creationTime())
        .text("ExecutionStatus", c.executionStatus())
        .text("Status", c.status())
        .text("StatusReason", c.statusReason())
        .list("NotificationARNs", List.of())
        .child("RollbackConfiguration", new XmlBody())
        .list("Capabilities", c.capabilities())
        .list("Tags", tags(c.tags()))
        .list("Changes", c.changes().stream().map(CloudFormationXml::change).toList())
        .bool("IncludeNestedStacks", false);
  }

  private static XmlBody change(ChangeSet.Change change) {
    XmlBody resource =
        new XmlBody()
            .text("Action", change.action())
            .text("LogicalResourceId", change.logicalResourceId())
            .text("PhysicalResourceId", change.physicalResourceId())
            .text("ResourceType", change.resourceType())
            .text("Replacement", change.replacement())
            .list("Scope", change.details().isEmpty() ? List.of() : List.of("Properties"))
            .list(
                "Details",
                change.details().stream()
                    .map(
                        d ->
                            new XmlBody()
                                .child(
                                    "Target",
                                    new XmlBody()
                                        .text("Attribute", "Properties")
                                        .text("Name", d.name())
                                        .text("RequiresRecreation", d.requiresRecreation()))
                                .text("Evaluation", d.evaluation())
                                .text("ChangeSource", d.changeSource()))
                    .toList());
    return new XmlBody().text("Type", "Resource").child("ResourceChange", resource);
  }

  static XmlBody changeSetSummaries(Stack stack, List<ChangeSet> changeSets) {
    return new XmlBody()
        .list(
            "Summaries",
            changeSets.stream()
                .map(
                    c ->
                        new XmlBody()
                            .text("StackId", stack.stackId)
                            .text("StackName", stack.stackName)
                            .text("ChangeSetId", c.id())
                            .text("ChangeSetName", c.name())
                            .text("ExecutionStatus", c.executionStatus())
                            .text("Status", c.status())
                            .text("StatusReason", c.statusReason())
                            .time("CreationTime", c.creationTime())
                            .text("Description", c.description())
                            .bool("IncludeNestedStacks", false))
                .toList());
  }

  private static XmlBody notChecked() {
    return new XmlBody().text("StackResourceDriftStatus", "NOT_CHECKED");
  }

  private static List<XmlBody> tags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(t -> new XmlBody().text("Key", t.getKey()).text("Value", t.getValue()))
        .toList();
  }
}
