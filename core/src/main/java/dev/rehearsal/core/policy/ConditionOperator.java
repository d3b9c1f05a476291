package dev.rehearsal.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition operator as written in a policy, decomposed: an optional set qualifier ({@code
 * ForAllValues:}/{@code ForAnyValue:}), the base operator, and the {@code ...IfExists} suffix (IAM
 * User Guide, "IAM JSON policy elements: Condition operators").
 */
public record ConditionOperator(
    Optional<SetQualifier> qualifier, OperatorType type, boolean ifExists) {
  public ConditionOperator {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(type, "type");
  }

  public static ConditionOperator of(OperatorType type) {
    return new ConditionOperator(Optional.empty(), type, false);
  }

  /**
   * Parses an operator name such as {@code ForAnyValue:StringLikeIfExists}. Names are
   * case-sensitive in IAM.
   *
   * @return empty when the text is not an operator IAM knows
   */
  public static Optional<ConditionOperator> parse(String text) {
    Optional<SetQualifier> qualifier = Optional.empty();
    String rest = text;
    for (SetQualifier q : SetQualifier.values()) {
      if (rest.startsWith(q.prefix())) {
        qualifier = Optional.of(q);
        rest = rest.substring(q.prefix().length());
        break;
      }
    }
    boolean ifExists = false;
    // Null has no IfExists form: "NullIfExists" is not an operator.
    if (rest.endsWith("IfExists") && !rest.equals("IfExists")) {
      ifExists = true;
      rest = rest.substring(0, rest.length() - "IfExists".length());
    }
    Optional<OperatorType> type = OperatorType.byName(rest);
    if (type.isEmpty() || (ifExists && type.get() == OperatorType.NULL)) {
      return Optional.empty();
    }
    return Optional.of(new ConditionOperator(qualifier, type.get(), ifExists));
  }

  /** The name as written in a policy document. */
  public String text() {
    return qualifier.map(SetQualifier::prefix).orElse("")
        + type.text()
        + (ifExists ? "IfExists" : "");
  }

  @Override
  public String toString() {
    return text();
  }
}
