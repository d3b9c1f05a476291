package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.cloudformation.CfnRequests.CreateChangeSetRequest;
import dev.rehearsal.aws.cloudformation.CfnRequests.CreateStackRequest;
import dev.rehearsal.aws.cloudformation.CfnRequests.ParameterInput;
import dev.rehearsal.aws.cloudformation.CfnRequests.TemplateSource;
import dev.rehearsal.aws.cloudformation.CfnRequests.UpdateStackRequest;
import dev.rehearsal.aws.wire.AwsService;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.QueryService;
import dev.rehearsal.aws.wire.XmlBody;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * CloudFormation on the query protocol: binds each {@code Action} to its typed operation, reading
 * botocore's member names ({@code Parameters.member.N.ParameterKey}, {@code Capabilities.member.N},
 * …) and writing the {@code <ActionResult>} through {@link CloudFormationXml}.
 */
public final class CloudFormationQueryService implements QueryService {
  private final Map<String, BiFunction<Caller, QueryParams, Optional<XmlBody>>> bindings =
      new HashMap<>();

  public CloudFormationQueryService(CloudFormation cloudFormation) {
    StackOperations stacks = cloudFormation.stacks();
    ChangeSetOperations changeSets = cloudFormation.changeSets();
    bind(
        "ValidateTemplate",
        (c, p) -> CloudFormationXml.validateTemplate(stacks.validateTemplate(c, template(p))));
    bind(
        "GetTemplateSummary",
        (c, p) ->
            CloudFormationXml.templateSummary(
                stacks.getTemplateSummary(c, template(p), p.orNull("StackName"))));
    bind(
        "CreateStack",
        (c, p) -> new XmlBody().text("StackId", stacks.createStack(c, createStack(p))));
    bind(
        "UpdateStack",
        (c, p) -> new XmlBody().text("StackId", stacks.updateStack(c, updateStack(p))));
    bindings.put(
        "DeleteStack",
        (c, p) -> {
          stacks.deleteStack(c, p.orNull("StackName"));
          return Optional.empty();
        });
    bind(
        "DescribeStacks",
        (c, p) -> CloudFormationXml.stacks(stacks.describeStacks(c, p.orNull("StackName"))));
    bind(
        "ListStacks",
        (c, p) ->
            CloudFormationXml.stackSummaries(stacks.listStacks(c, p.list("StackStatusFilter"))));
    bind(
        "DescribeStackEvents",
        (c, p) -> {
          String name = p.orNull("StackName");
          Stack stack = stacks.stack(c, "DescribeStackEvents", name);
          return CloudFormationXml.events(stack, stacks.describeStackEvents(c, name));
        });
    bind(
        "DescribeStackResource",
        (c, p) -> {
          String name = p.orNull("StackName");
          Stack stack = stacks.stack(c, "DescribeStackResource", name);
          return CloudFormationXml.resourceDetail(
              stack, stacks.describeStackResource(c, name, p.orNull("LogicalResourceId")));
        });
    bind(
        "DescribeStackResources",
        (c, p) -> {
          String name = p.orNull("StackName");
          Stack stack = stacks.stack(c, "DescribeStackResources", name);
          return CloudFormationXml.resources(
              stack,
              stacks.stackResources(
                  c, "DescribeStackResources", name, p.orNull("LogicalResourceId")));
        });
    bind(
        "ListStackResources",
        (c, p) ->
            CloudFormationXml.resourceSummaries(
                stacks.stackResources(c, "ListStackResources", p.orNull("StackName"), null)));
    bind(
        "GetTemplate",
        (c, p) ->
            CloudFormationXml.template(stacks.stack(c, "GetTemplate", p.orNull("StackName"))));
    bind(
        "CreateChangeSet",
        (c, p) -> {
          ChangeSetOperations.ChangeSetRef ref = changeSets.createChangeSet(c, createChangeSet(p));
          return new XmlBody().text("Id", ref.id()).text("StackId", ref.stackId());
        });
    bind(
        "DescribeChangeSet",
        (c, p) ->
            CloudFormationXml.changeSet(
                changeSets.describeChangeSet(c, p.orNull("ChangeSetName"), p.orNull("StackName"))));
    bind(
        "ExecuteChangeSet",
        (c, p) -> {
          changeSets.executeChangeSet(c, p.orNull("ChangeSetName"), p.orNull("StackName"));
          return new XmlBody();
        });
    bind(
        "DeleteChangeSet",
        (c, p) -> {
          changeSets.deleteChangeSet(c, p.orNull("ChangeSetName"), p.orNull("StackName"));
          return new XmlBody();
        });
    bind(
        "ListChangeSets",
        (c, p) -> {
          String name = p.orNull("StackName");
          Stack stack = stacks.stack(c, "ListChangeSets", name);
          return CloudFormationXml.changeSetSummaries(stack, changeSets.listChangeSets(c, name));
        });
  }

  private void bind(String action, BiFunction<Caller, QueryParams, XmlBody> call) {
    bindings.put(action, (caller, params) -> Optional.of(call.apply(caller, params)));
  }

  private static TemplateSource template(QueryParams p) {
    return new TemplateSource(
        p.orNull("TemplateBody"), p.orNull("TemplateURL"), bool(p, "UsePreviousTemplate"));
  }

  private static CreateStackRequest createStack(QueryParams p) {
    return new CreateStackRequest(
        p.orNull("StackName"),
        template(p),
        parameters(p),
        p.list("Capabilities"),
        tags(p),
        bool(p, "DisableRollback"),
        p.orNull("OnFailure"));
  }

  private static UpdateStackRequest updateStack(QueryParams p) {
    return new UpdateStackRequest(
        p.orNull("StackName"), template(p), parameters(p), p.list("Capabilities"), tags(p));
  }

  private static CreateChangeSetRequest createChangeSet(QueryParams p) {
    return new CreateChangeSetRequest(
        p.orNull("StackName"),
        p.orNull("ChangeSetName"),
        p.orNull("ChangeSetType"),
        template(p),
        parameters(p),
        p.list("Capabilities"),
        tags(p),
        p.orNull("Description"));
  }

  private static List<ParameterInput> parameters(QueryParams p) {
    return p.structures("Parameters").stream()
        .map(
            f ->
                new ParameterInput(
                    f.get("ParameterKey"),
                    f.get("ParameterValue"),
                    Boolean.parseBoolean(f.get("UsePreviousValue"))))
        .toList();
  }

  private static Map<String, String> tags(QueryParams p) {
    return StackInputs.tags(p.structures("Tags"));
  }

  private static boolean bool(QueryParams p, String name) {
    return p.get(name).map(Boolean::parseBoolean).orElse(false);
  }

  @Override
  public AwsService service() {
    return AwsService.CLOUDFORMATION;
  }

  @Override
  public Set<String> actions() {
    return bindings.keySet();
  }

  @Override
  public Optional<XmlBody> handle(String action, QueryParams params, Optional<Caller> caller) {
    return bindings.get(action).apply(caller.orElseThrow(), params);
  }
}
