package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.OperatorType;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The box of requests one statement matches: its principal, action, resource and every condition,
 * ANDed (IAM User Guide, "Policy evaluation logic"). Where a condition has no exact language the
 * box is widened (the condition is left out) and the widening is reported as {@link Undecided}.
 */
final class StatementBoxes {
  private final RequestSpace space;
  private final List<Undecided> undecided;

  StatementBoxes(RequestSpace space, List<Undecided> undecided) {
    this.space = space;
    this.undecided = undecided;
  }

  /** The statement's box, or empty when it can match no request of the space. */
  Optional<Box> of(PolicyDocument policy, int index, String where) {
    Statement statement = policy.statements().get(index);
    if (space.kind() == RequestSpace.Kind.IDENTITY && !matchesNoPrincipal(statement)) {
      return Optional.empty();
    }
    boolean variables = policy.supportsPolicyVariables();
    List<ValueSet> sides = new ArrayList<>(space.everything().sides());
    for (int d = 0; d < space.size(); d++) {
      sides.set(d, sides.get(d).and(element(statement, d, variables, where)));
    }
    for (Condition condition : statement.conditions()) {
      int d = space.keyIndex(condition.key());
      condition(condition, d, variables, where)
          .ifPresent(set -> sides.set(d, sides.get(d).and(set)));
    }
    Box box = new Box(sides);
    return box.isEmpty() ? Optional.empty() : Optional.of(box);
  }

  /** An identity request names no principal: only "*" lists it (core's PrincipalMatcher). */
  private static boolean matchesNoPrincipal(Statement statement) {
    if (statement.principal().isEmpty()) {
      return true;
    }
    var principal = statement.principal().get();
    boolean anyone =
        principal.wildcard()
            || principal.byType().getOrDefault(RequestPrincipal.AWS, List.of()).contains("*");
    return anyone != principal.negated();
  }

  /** The condition's values, or empty (and a note) when it has no exact language. */
  private Optional<ValueSet> condition(
      Condition condition, int d, boolean variables, String where) {
    var set = ConditionSets.of(condition, space.alphabet(d), variables);
    if (set.isEmpty()) {
      undecided.add(
          new Undecided(
              where,
              condition.operator()
                  + " on "
                  + condition.key()
                  + " is not compared exactly (numeric, date, IP address and binary operators"
                  + " have no pattern language); requests are compared as if it always held"));
    } else if (condition.values().stream()
        .anyMatch(v -> ConditionSets.hasVariable(v, condition.operator().type(), variables))) {
      undecided.add(new Undecided(where, variableNote(condition.key())));
    }
    return set;
  }

  /** The element's set for dimension {@code d}. */
  private ValueSet element(Statement statement, int d, boolean variables, String where) {
    Dimension dimension = space.dimension(d);
    ValueSet universe = space.universe(d);
    return switch (dimension.kind()) {
      case PRINCIPAL ->
          statement
              .principal()
              .map(
                  p ->
                      new ValueSet(
                          PrincipalSets.of(p, space.alphabet(d), universe.present()), false))
              .orElse(universe);
      case ACTION -> patterns(statement.action(), d, false, where);
      case RESOURCE ->
          statement.resource().map(r -> patterns(r, d, variables, where)).orElse(universe);
      case KEY -> universe;
    };
  }

  /**
   * Action and Resource patterns, ORed; the Not forms are the complement (IAM User Guide,
   * "NotAction", "NotResource"). Actions ignore case; resources read ARN segments.
   */
  private ValueSet patterns(PatternElement element, int d, boolean variables, String where) {
    boolean action = space.dimension(d).kind() == Dimension.Kind.ACTION;
    Dfa listed = Dfa.none(space.alphabet(d));
    for (String written : element.patterns()) {
      String pattern = written;
      if (!action && ConditionSets.hasVariable(written, OperatorType.STRING_LIKE, variables)) {
        undecided.add(new Undecided(where, variableNote("Resource " + written)));
        pattern = written.replaceAll("\\$\\{[^}]*\\}", "*");
      }
      listed =
          listed.or(
              action
                  ? PatternLanguages.action(pattern, space.alphabet(d))
                  : PatternLanguages.resource(pattern, space.alphabet(d)));
    }
    Dfa universe = space.universe(d).present();
    return new ValueSet(element.negated() ? universe.minus(listed) : universe.and(listed), false);
  }

  private static String variableNote(String what) {
    return what
        + " holds a policy variable, whose value comes from the request; it is compared as if the"
        + " variable were any text";
  }
}
