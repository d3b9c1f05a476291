package dev.rehearsal.core.cloudformation.parameter;

import java.util.Optional;

/**
 * The parameter types of CloudFormation User Guide, "Parameters" ("Supported parameter types").
 * AWS-specific types ({@code AWS::EC2::KeyPair::KeyName}, ...) are checked by CloudFormation
 * against the account's resources; this rehearsal has none of those resources, so it treats them as
 * {@code String} (or a list of strings for {@code List<AWS::...>}).
 */
public enum ParameterType {
  STRING(false),
  NUMBER(false),
  NUMBER_LIST(true),
  COMMA_DELIMITED_LIST(true),
  AWS_SPECIFIC(false),
  AWS_SPECIFIC_LIST(true);

  private final boolean list;

  ParameterType(boolean list) {
    this.list = list;
  }

  /** Whether {@code Ref} to the parameter gives a list rather than a string. */
  public boolean isList() {
    return list;
  }

  /** Whether each value (or each item) must be a number. */
  public boolean isNumeric() {
    return this == NUMBER || this == NUMBER_LIST;
  }

  /**
   * The type declared as {@code name}; empty for one CloudFormation does not know. SSM parameter
   * types need Systems Manager and are refused by the caller as unsupported.
   */
  public static Optional<ParameterType> of(String name) {
    return switch (name) {
      case "String" -> Optional.of(STRING);
      case "Number" -> Optional.of(NUMBER);
      case "List<Number>" -> Optional.of(NUMBER_LIST);
      case "CommaDelimitedList" -> Optional.of(COMMA_DELIMITED_LIST);
      default -> awsSpecific(name);
    };
  }

  private static Optional<ParameterType> awsSpecific(String name) {
    if (name.startsWith("AWS::") && name.length() > 5) {
      return Optional.of(AWS_SPECIFIC);
    }
    if (name.startsWith("List<AWS::") && name.endsWith(">")) {
      return Optional.of(AWS_SPECIFIC_LIST);
    }
    return Optional.empty();
  }
}
