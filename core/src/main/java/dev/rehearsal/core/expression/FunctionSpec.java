package dev.rehearsal.core.expression;

import java.util.List;
import java.util.Objects;

/**
 * A function an expression may call and how many arguments it takes (the runner's {@code
 * FunctionInfo}). The built-in functions are callable everywhere; the status functions and {@code
 * hashFiles} only where a {@link Scope} allows them.
 */
public record FunctionSpec(String name, int minArguments, int maxArguments) {
  // The runner's ExpressionConstants.WellKnownFunctions (Byte.MaxValue is its "no maximum").
  public static final FunctionSpec CONTAINS = new FunctionSpec("contains", 2, 2);
  public static final FunctionSpec ENDS_WITH = new FunctionSpec("endsWith", 2, 2);
  public static final FunctionSpec FORMAT = new FunctionSpec("format", 1, 255);
  public static final FunctionSpec JOIN = new FunctionSpec("join", 1, 2);
  public static final FunctionSpec STARTS_WITH = new FunctionSpec("startsWith", 2, 2);
  public static final FunctionSpec TO_JSON = new FunctionSpec("toJson", 1, 1);
  public static final FunctionSpec FROM_JSON = new FunctionSpec("fromJson", 1, 1);
  public static final FunctionSpec CASE = new FunctionSpec("case", 3, 255);

  // The runner's step condition functions (WorkflowTemplateConverter.s_stepConditionFunctions).
  public static final FunctionSpec ALWAYS = new FunctionSpec("always", 0, 0);
  public static final FunctionSpec CANCELLED = new FunctionSpec("cancelled", 0, 0);
  public static final FunctionSpec FAILURE = new FunctionSpec("failure", 0, 0);
  public static final FunctionSpec SUCCESS = new FunctionSpec("success", 0, 0);
  public static final FunctionSpec HASH_FILES = new FunctionSpec("hashFiles", 1, 255);

  static final List<FunctionSpec> BUILT_IN =
      List.of(CONTAINS, ENDS_WITH, FORMAT, JOIN, STARTS_WITH, TO_JSON, FROM_JSON, CASE);
  static final List<FunctionSpec> STATUS = List.of(ALWAYS, CANCELLED, FAILURE, SUCCESS);

  /** Every function the evaluator can call. */
  static final List<FunctionSpec> KNOWN =
      List.of(
          CONTAINS,
          ENDS_WITH,
          FORMAT,
          JOIN,
          STARTS_WITH,
          TO_JSON,
          FROM_JSON,
          CASE,
          ALWAYS,
          CANCELLED,
          FAILURE,
          SUCCESS,
          HASH_FILES);

  public FunctionSpec {
    Objects.requireNonNull(name, "name");
    if (minArguments < 0 || maxArguments < minArguments) {
      throw new IllegalArgumentException("arguments must satisfy 0 <= min <= max");
    }
  }

  /** Whether a call of this name is a status check function (docs, "Status check functions"). */
  static boolean isStatusFunction(String name) {
    return STATUS.stream().anyMatch(status -> IgnoreCase.equals(status.name(), name));
  }
}
