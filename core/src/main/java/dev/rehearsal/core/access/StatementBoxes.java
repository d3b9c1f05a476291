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
    if (space.kind() == RequestSpace.Kind.IDENTITY && statement.principal().isPresent()) {
      // An identity request names no principal: only "*" lists it (core's PrincipalMatcher).
      var principal = statement.principal().get();
      boolean anyone =
          principal.wildcard()
              || principal.byType().getOrDefault(RequestPrincipal.AWS, List.of()).contains("*");
      if (anyone == principal.negated()) {
        return Optional.empty();
      }
    }
    List<ValueSet> sides = new ArrayList<>(space.everything().sides());
    for (int d = 0; d < space.size(); d++) {
      ValueSet side = element(statement, d, policy.supportsPolicyVariables(), where);
      if (side == null) {
        return Optional.empty();
      }
      sides.set(d, sides.get(d).and(side));
    }
    for (Condition condition : statement.conditions()) {
      int d = space.keyIndex(condition.key());
      var set = ConditionSets.of(condition, space.alphabet(d), policy.supportsPolicyVariables());
      if (set.isEmpty()) {
        undecided.add(
            new Undecided(
                where,
                condition.operator()
                    + " on "
                    + condition.key()
                    + " is not compared exactly (numeric, date, IP address and binary operators"
                    + " have no pattern language); requests are compared as if it always held"));
        continue;
      }
      if (condition.values().stream()
          .anyMatch(
              v ->
                  ConditionSets.hasVariable(
                      v, condition.operator().type(), policy.supportsPolicyVariables()))) {
        undecided.add(new Undecided(where, variableNote(condition.key())));
      }
      sides.set(d, sides.get(d).and(set.get()));
    }
    Box box = new Box(sides);
    return box.isEmpty() ? Optional.empty() : Optional.of(box);
  }

  /** The element's set for dimension {@code d}; null when the statement can never apply. */
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
