package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.core.cloudformation.ResolvedOutput;

/** An output as {@code DescribeStacks} gives it (botocore {@code Output}). */
public record StackOutput(String key, String value, String description, String exportName) {
  static StackOutput of(ResolvedOutput output) {
    return new StackOutput(
        output.name(),
        output.value(),
        output.description().orElse(null),
        output.exportName().orElse(null));
  }
}
