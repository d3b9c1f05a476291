package dev.rehearsal.core.policy;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every base condition operator of the IAM policy language (IAM User Guide, "IAM JSON policy
 * elements: Condition operators"), with its family and whether it is a negated operator (for which
 * several values are ANDed and an absent key makes the condition true).
 */
public enum OperatorType {
  STRING_EQUALS("StringEquals", Family.STRING, false),
  STRING_NOT_EQUALS("StringNotEquals", Family.STRING, true),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING, false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING, true),
  STRING_LIKE("StringLike", Family.STRING, false),
  STRING_NOT_LIKE("StringNotLike", Family.STRING, true),
  NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, false),
  NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, true),
  NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, false),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, false),
  NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, false),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, false),
  DATE_EQUALS("DateEquals", Family.DATE, false),
  DATE_NOT_EQUALS("DateNotEquals", Family.DATE, true),
  DATE_LESS_THAN("DateLessThan", Family.DATE, false),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, false),
  DATE_GREATER_THAN("DateGreaterThan", Family.DATE, false),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE, false),
  BOOL("Bool", Family.BOOLEAN, false),
  BINARY_EQUALS("BinaryEquals", Family.BINARY, false),
  IP_ADDRESS("IpAddress", Family.IP_ADDRESS, false),
  NOT_IP_ADDRESS("NotIpAddress", Family.IP_ADDRESS, true),
  ARN_EQUALS("ArnEquals", Family.ARN, false),
  ARN_LIKE("ArnLike", Family.ARN, false),
  ARN_NOT_EQUALS("ArnNotEquals", Family.ARN, true),
  ARN_NOT_LIKE("ArnNotLike", Family.ARN, true),
  NULL("Null", Family.NULL, false);

  /** The operator families of the IAM User Guide. */
  public enum Family {
    STRING,
    NUMERIC,
    DATE,
    BOOLEAN,
    BINARY,
    IP_ADDRESS,
    ARN,
    NULL
  }

  private static final Map<String, OperatorType> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(OperatorType::text, Function.identity()));

  private final String text;
  private final Family family;
  private final boolean negated;

  OperatorType(String text, Family family, boolean negated) {
    this.text = text;
    this.family = family;
    this.negated = negated;
  }

  public static Optional<OperatorType> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public String text() {
    return text;
  }

  public Family family() {
    return family;
  }

  public boolean negated() {
    return negated;
  }
}
