package dev.rehearsal.core.access;

import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison: each side's admitted requests are its Allow boxes minus its Deny boxes (an
 * explicit deny overrides any allow, IAM User Guide, "Policy evaluation logic"); the changes are
 * the box differences both ways. Every witness is then run through core's evaluator on both sides:
 * the algebra proposes, the evaluator confirms. A witness the evaluator does not confirm is a bug
 * when the comparison claims to be exact, and is reported as undecided when it does not.
 */
final class AccessDiffer {
  private static final int WITNESSES_PER_CHANGE = 3;
  // Values tried for keys the algebra leaves free, when a witness is not confirmed.
  private static final int VARIANTS = 8;
  private static final PolicyEvaluator EVALUATOR = new PolicyEvaluator();

  private AccessDiffer() {}

  static AccessDiff compare(
      RequestSpace.Kind kind, List<PolicyDocument> oldPolicies, List<PolicyDocument> newPolicies) {
    List<PolicyDocument> all = new ArrayList<>(oldPolicies);
    all.addAll(newPolicies);
    RequestSpace space = RequestSpace.of(kind, all);
    List<Undecided> undecided = new ArrayList<>();
    List<Box> gainedBoxes;
    List<Box> lostBoxes;
    try {
      List<Box> before = admitted(space, oldPolicies, "old", undecided);
      List<Box> after = admitted(space, newPolicies, "new", undecided);
      gainedBoxes = Boxes.minus(after, before);
      lostBoxes = Boxes.minus(before, after);
    } catch (Boxes.TooComplex e) {
      undecided.add(new Undecided("both sides", e.getMessage()));
      return new AccessDiff(List.of(), List.of(), undecided);
    }
    if (gainedBoxes.isEmpty() && lostBoxes.isEmpty() && undecided.isEmpty()) {
      return new AccessDiff(
          List.of(), List.of(), List.of(), languagesDiffer(kind, oldPolicies, newPolicies, all));
    }
    Sides sides = new Sides(oldPolicies, newPolicies, !undecided.isEmpty());
    WitnessChooser chooser = new WitnessChooser(space);
    Set<String> seen = new HashSet<>();
    List<AccessChange> gained =
        changes(gainedBoxes, AccessChange.Direction.GAINED, space, chooser, sides, seen, undecided);
    List<AccessChange> lost =
        changes(lostBoxes, AccessChange.Direction.LOST, space, chooser, sides, seen, undecided);
    return new AccessDiff(gained, lost, undecided);
  }

  /**
   * Whether the policies admit different requests once {@code sub} may be any text: when the real
   * subjects show no difference, the difference lies only in subjects GitHub cannot send.
   */
  private static boolean languagesDiffer(
      RequestSpace.Kind kind,
      List<PolicyDocument> oldPolicies,
      List<PolicyDocument> newPolicies,
      List<PolicyDocument> all) {
    RequestSpace anyText = RequestSpace.of(kind, all, false);
    List<Undecided> ignored = new ArrayList<>();
    try {
      List<Box> before = admitted(anyText, oldPolicies, "old", ignored);
      List<Box> after = admitted(anyText, newPolicies, "new", ignored);
      return !Boxes.minus(after, before).isEmpty() || !Boxes.minus(before, after).isEmpty();
    } catch (Boxes.TooComplex e) {
      return false;
    }
  }

  /** A request admitted by both sets of policies, checked by the evaluator, if there is one. */
  static Optional<AccessWitness> common(
      RequestSpace.Kind kind, List<PolicyDocument> left, List<PolicyDocument> right) {
    List<PolicyDocument> all = new ArrayList<>(left);
    all.addAll(right);
    RequestSpace space = RequestSpace.of(kind, all);
    List<Undecided> undecided = new ArrayList<>();
    List<Box> both;
    try {
      both =
          Boxes.and(
              admitted(space, left, "left", undecided), admitted(space, right, "right", undecided));
    } catch (Boxes.TooComplex e) {
      return Optional.empty();
    }
    WitnessChooser chooser = new WitnessChooser(space);
    for (Box box : both) {
      for (AccessWitness witness : chooser.witnesses(box, 1)) {
        if (admits(left, witness) && admits(right, witness)) {
          return Optional.of(witness);
        }
        if (undecided.isEmpty()) {
          throw new IllegalStateException("access algebra and evaluator disagree on " + witness);
        }
      }
    }
    return Optional.empty();
  }

  static List<Box> admitted(
      RequestSpace space, List<PolicyDocument> policies, String side, List<Undecided> undecided) {
    StatementBoxes statements = new StatementBoxes(space, undecided);
    List<Box> allows = new ArrayList<>();
    List<Box> denies = new ArrayList<>();
    for (int p = 0; p < policies.size(); p++) {
      PolicyDocument policy = policies.get(p);
      for (int s = 0; s < policy.statements().size(); s++) {
        String where =
            side
                + " policy"
                + (policies.size() > 1 ? " " + (p + 1) : "")
                + ", Statement["
                + s
                + "]";
        Optional<Box> box = statements.of(policy, s, where);
        if (box.isPresent()) {
          (policy.statements().get(s).effect() == Effect.ALLOW ? allows : denies).add(box.get());
        }
      }
    }
    return Boxes.minus(allows, denies);
  }

  private record Sides(
      List<PolicyDocument> before, List<PolicyDocument> after, boolean approximate) {}

  private static List<AccessChange> changes(
      List<Box> boxes,
      AccessChange.Direction direction,
      RequestSpace space,
      WitnessChooser chooser,
      Sides sides,
      Set<String> seen,
      List<Undecided> undecided) {
    List<AccessChange> changes = new ArrayList<>();
    for (Box box : boxes) {
      List<AccessWitness> confirmed = confirmed(box, direction, chooser, sides, seen, undecided);
      if (!confirmed.isEmpty()) {
        changes.add(new AccessChange(direction, differing(space, box, chooser), confirmed));
      }
    }
    return changes;
  }

  /** The box's witnesses the evaluator confirms, trying variants while none is. */
  private static List<AccessWitness> confirmed(
      Box box,
      AccessChange.Direction direction,
      WitnessChooser chooser,
      Sides sides,
      Set<String> seen,
      List<Undecided> undecided) {
    List<AccessWitness> proposed = chooser.witnesses(box, WITNESSES_PER_CHANGE);
    AccessWitness first = proposed.get(0);
    for (int variant = 1; variant <= VARIANTS && !proposed.isEmpty(); variant++) {
      List<AccessWitness> confirmed = new ArrayList<>();
      for (AccessWitness witness : proposed) {
        if (confirms(direction, sides, witness)) {
          confirmed.add(witness);
        } else if (!sides.approximate()) {
          throw new IllegalStateException("access algebra and evaluator disagree on " + witness);
        }
      }
      if (!confirmed.isEmpty()) {
        confirmed.removeIf(witness -> !seen.add(witness.describe()));
        return confirmed;
      }
      proposed = chooser.witnesses(box, WITNESSES_PER_CHANGE, variant);
    }
    undecided.add(
        new Undecided(
            "witness",
            first.describe()
                + " lies in a difference the patterns show, but the evaluator does not confirm it;"
                + " the difference may depend on a condition compared inexactly"));
    return List.of();
  }

  private static boolean confirms(
      AccessChange.Direction direction, Sides sides, AccessWitness witness) {
    boolean before = admits(sides.before(), witness);
    boolean after = admits(sides.after(), witness);
    return direction == AccessChange.Direction.GAINED ? after && !before : before && !after;
  }

  private static boolean admits(List<PolicyDocument> policies, AccessWitness witness) {
    return EVALUATOR.evaluate(policies, witness.request()).allowed();
  }

  private static List<Dimension> differing(RequestSpace space, Box box, WitnessChooser chooser) {
    List<Dimension> dimensions = new ArrayList<>();
    for (int d = 0; d < space.size() && d < 64; d++) {
      if ((box.cut() & (1L << d)) != 0) {
        dimensions.add(space.dimension(d));
      }
    }
    if (dimensions.isEmpty()) {
      dimensions.add(space.dimension(chooser.varying(box)));
    }
    return dimensions;
  }
}
