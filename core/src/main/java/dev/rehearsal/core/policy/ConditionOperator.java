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

  /**
   * The condition's result when the request lacks the key (or its values "resolve to an empty data
   * set"), for every operator but {@code Null}, whose values say which presence they ask for. The
   * set operator decides first: {@code ForAnyValue} is false, {@code ...IfExists} included ("For no
   * matching context key or a null dataset, the condition returns false"), {@code ForAllValues}
   * true ("It also returns true if there are no context keys in the request"; IAM User Guide,
   * "Single-valued vs. multivalued context keys", "Set operators for multivalued context keys").
   * Otherwise {@code ...IfExists} is true ("If the key is not present, evaluate the condition
   * element as true"), a negated operator true and any other false ("If the key that you specify in
   * a policy condition is not present in the request context, the values do not match and the
   * condition is false. If the policy condition requires that the key is not matched, such as
   * StringNotLike or ArnNotLike, and the right key is not present, the condition is true"; IAM User
   * Guide, "IAM JSON policy elements: Condition operators").
   *
   * @throws IllegalStateException for {@code Null}
   */
  public boolean whenKeyAbsent() {
    if (type == OperatorType.NULL) {
      throw new IllegalStateException("Null's result on an absent key depends on its values");
    }
    if (qualifier.isPresent()) {
      return qualifier.get() == SetQualifier.FOR_ALL_VALUES;
    }
    return ifExists || type.negated();
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
