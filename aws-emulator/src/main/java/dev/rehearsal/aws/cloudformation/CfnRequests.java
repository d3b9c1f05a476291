package dev.rehearsal.aws.cloudformation;

import java.util.List;
import java.util.Map;

/** The requests of the CloudFormation operations, named as botocore's members. */
public final class CfnRequests {
  private CfnRequests() {}

  /** A {@code Parameter} of a request: a value, or {@code UsePreviousValue}. */
  public record ParameterInput(String key, String value, boolean usePreviousValue) {}

  /** Where a template comes from: its body, a URL, or the stack's current one. */
  public record TemplateSource(String body, String url, boolean usePrevious) {}

  public record CreateStackRequest(
      String stackName,
      TemplateSource template,
      List<ParameterInput> parameters,
      List<String> capabilities,
      Map<String, String> tags,
      boolean disableRollback,
      String onFailure) {}

  public record UpdateStackRequest(
      String stackName,
      TemplateSource template,
      List<ParameterInput> parameters,
      List<String> capabilities,
      Map<String, String> tags) {}

  public record CreateChangeSetRequest(
      String stackName,
      String changeSetName,
      String changeSetType,
      TemplateSource template,
      List<ParameterInput> parameters,
      List<String> capabilities,
      Map<String, String> tags,
      String description) {}
}
