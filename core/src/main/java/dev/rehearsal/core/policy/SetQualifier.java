package dev.rehearsal.core.policy;

/** The set operators for multivalued context keys (IAM User Guide, "Set operators"). */
public enum SetQualifier {
  FOR_ALL_VALUES("ForAllValues:"),
  FOR_ANY_VALUE("ForAnyValue:");

  private final String prefix;

  SetQualifier(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
