package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.cloudformation.CfnRequests.ParameterInput;
import dev.rehearsal.aws.cloudformation.CfnRequests.TemplateSource;
import dev.rehearsal.core.cloudformation.Capabilities;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every create and update reads the same way (CloudFormation API Reference, {@code
 * CreateStack}, {@code UpdateStack}, {@code CreateChangeSet}): the template from its body or the
 * stack's previous one, parameter values with {@code UsePreviousValue}, and the capabilities the
 * template needs.
 */
final class StackInputs {
  private static final int MAX_TAGS = 50;

  private StackInputs() {}

  /** The template text: exactly one of {@code TemplateBody}, {@code TemplateURL}, previous. */
  static String templateBody(TemplateSource source, Optional<Stack> stack) {
    int given =
        (source.body() != null ? 1 : 0)
            + (source.url() != null ? 1 : 0)
            + (source.usePrevious() ? 1 : 0);
    if (given == 0) {
      throw validation("Either Template URL or Template Body must be specified.");
    }
    if (given > 1) {
      throw validation("Specify exactly one of TemplateBody, TemplateURL or UsePreviousTemplate.");
    }
    if (source.url() != null) {
      throw validation(
          "TemplateURL is not supported by this emulator, which has no S3: pass the template as"
              + " TemplateBody (the AWS CLI's --template-body file://template.yaml)");
    }
    if (source.usePrevious()) {
      return stack
          .filter(s -> s.templateBody != null)
          .map(s -> s.templateBody)
          .orElseThrow(
              () -> validation("UsePreviousTemplate is only valid for a stack that has one."));
    }
    return source.body();
  }

  /**
   * The parameter values to resolve with: those given, and for {@code UsePreviousValue} the stack's
   * current value. Defaults and missing values are core's to judge.
   */
  static Map<String, String> parameters(List<ParameterInput> inputs, Optional<Stack> stack) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ParameterInput input : inputs) {
      if (input.key() == null) {
        throw validation("Parameter key must be specified");
      }
      if (input.usePreviousValue()) {
        if (input.value() != null) {
          throw validation(
              "Invalid input for parameter key "
                  + input.key()
                  + ". Cannot specify usePreviousValue as true and non empty value for a"
                  + " parameter");
        }
        String previous = stack.map(s -> s.parameters.get(input.key())).orElse(null);
        if (previous == null) {
          throw validation(
              "Invalid input for parameter key "
                  + input.key()
                  + ". Cannot specify usePreviousValue as true for a parameter key not in the"
                  + " previous template");
        }
        values.put(input.key(), previous);
      } else {
        values.put(input.key(), input.value() == null ? "" : input.value());
      }
    }
    return values;
  }

  /**
   * botocore {@code Tags}: at most 50 {@code Tag}s, each with a {@code Key} of 1 to 128 characters
   * and a {@code Value} of 1 to 256, both required; refused in the words of AWS's request
   * validation, as an absent key cannot be kept (nor written to the stack's file).
   */
  static Map<String, String> tags(List<Map<String, String>> members) {
    if (members.size() > MAX_TAGS) {
      throw validation(
          "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must"
              + " have length less than or equal to "
              + MAX_TAGS);
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      String member = "tags." + (i + 1) + ".member.";
      String key = sized(members.get(i).get("Key"), member + "key", 128);
      String value = sized(members.get(i).get("Value"), member + "value", 256);
      tags.put(key, value);
    }
    return tags;
  }

  private static String sized(String text, String member, int max) {
    if (text == null) {
      throw validation(
          "1 validation error detected: Value null at '"
              + member
              + "' failed to satisfy constraint: Member must not be null");
    }
    int length = text.codePointCount(0, text.length());
    if (length < 1 || length > max) {
      throw validation(
          "1 validation error detected: Value '"
              + text
              + "' at '"
              + member
              + "' failed to satisfy constraint: Member must have length "
              + (length < 1 ? "greater than or equal to 1" : "less than or equal to " + max));
    }
    return text;
  }

  /**
   * {@code InsufficientCapabilitiesException}: "Requires capabilities : [CAPABILITY_NAMED_IAM]"
   * when the template has IAM resources the caller did not acknowledge.
   */
  static void requireCapabilities(Template template, List<String> acknowledged) {
    for (String capability : acknowledged) {
      if (!Capabilities.KNOWN.contains(capability)) {
        throw validation(
            "1 validation error detected: Value '["
                + capability
                + "]' at 'capabilities' failed to satisfy constraint: Member must satisfy"
                + " constraint: [Member must satisfy enum value set: [CAPABILITY_AUTO_EXPAND,"
                + " CAPABILITY_NAMED_IAM, CAPABILITY_IAM]]");
      }
    }
    Capabilities.missing(template, acknowledged)
        .ifPresent(
            missing -> {
              throw new RehearsalException(
                  AwsErrorCode.CFN_INSUFFICIENT_CAPABILITIES,
                  "Requires capabilities : [" + missing + "]");
            });
  }

  static RehearsalException validation(String message) {
    return new RehearsalException(AwsErrorCode.VALIDATION_ERROR, message);
  }
}
