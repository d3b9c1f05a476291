package dev.rehearsal.core.cloudformation.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A parameter's value for one stack: the text given (or defaulted) and what {@code Ref} returns for
 * it — a string, or a list of strings for list types (CloudFormation User Guide, "Parameters").
 * {@code NoEcho} values print as asterisks, as {@code DescribeStacks} shows them.
 */
public record ParameterValue(String name, String text, JsonNode ref, boolean noEcho) {
  public ParameterValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ref, "ref");
  }

  /** The value as {@code DescribeStacks} shows it: {@code ****} for a {@code NoEcho} parameter. */
  public String displayed() {
    return noEcho ? "****" : text;
  }

  @Override
  public String toString() {
    return name + "=" + displayed();
  }
}
