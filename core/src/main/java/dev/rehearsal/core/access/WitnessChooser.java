package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Dfa;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Concrete requests from a box. Each dimension takes its first readable candidate in the box, else
 * absence where the box allows it, else the shortest non-empty value of its language (the empty
 * string last). The dimension where the box was cut from the other side varies across a few
 * witnesses, chosen to differ from each other both before and after their second colon ({@code
 * repo:acme/app} / {@code pull_request}), so that a list shows the breadth of the change.
 */
final class WitnessChooser {
  private final RequestSpace space;
  private final List<List<String>> candidates = new ArrayList<>();
  private final List<Dfa> emptyString = new ArrayList<>();

  WitnessChooser(RequestSpace space) {
    this.space = space;
    for (int d = 0; d < space.size(); d++) {
      candidates.add(Candidates.of(space, d));
      emptyString.add(Dfa.literal("", false, space.alphabet(d)));
    }
  }

  /** Up to {@code max} requests of a non-empty box. */
  List<AccessWitness> witnesses(Box box, int max) {
    return witnesses(box, max, 0);
  }

  /**
   * Variant {@code k > 0} gives every key the box leaves free its {@code k}-th candidate instead
   * (absence past the last): a key tested only by a condition without exact language (a numeric or
   * date operator) is free in the box, yet its value decides what the evaluator answers, so a
   * witness the evaluator does not confirm is retried with other values. Empty when no key is free.
   */
  List<AccessWitness> witnesses(Box box, int max, int variant) {
    int vary = varying(box);
    List<Optional<String>> base = new ArrayList<>();
    boolean anyFree = false;
    for (int d = 0; d < space.size(); d++) {
      boolean free =
          variant > 0
              && d != vary
              && space.dimension(d).kind() == Dimension.Kind.KEY
              && box.side(d).containsAll(space.universe(d));
      anyFree |= free;
      base.add(free ? nth(d, variant - 1) : pick(box.side(d), d));
    }
    if (variant > 0 && !anyFree) {
      return List.of();
    }
    List<AccessWitness> witnesses = new ArrayList<>();
    for (Optional<String> example : examples(box.side(vary), vary, max)) {
      List<Optional<String>> values = new ArrayList<>(base);
      values.set(vary, example);
      witnesses.add(toWitness(values));
    }
    return witnesses;
  }

  /** The dimension a witness list varies: the first cut, else the first constrained key. */
  int varying(Box box) {
    if (box.cut() != 0) {
      return Math.min(Long.numberOfTrailingZeros(box.cut()), space.size() - 1);
    }
    for (int d = 0; d < space.size(); d++) {
      if (space.dimension(d).kind() == Dimension.Kind.KEY
          && !box.side(d).containsAll(space.universe(d))) {
        return d;
      }
    }
    return space.indexOf(Dimension.Kind.ACTION).orElse(0);
  }

  private Optional<String> nth(int d, int index) {
    List<String> options = candidates.get(d);
    return index < options.size() ? Optional.of(options.get(index)) : Optional.empty();
  }

  private Optional<String> pick(ValueSet set, int d) {
    for (String candidate : candidates.get(d)) {
      if (set.present().accepts(candidate)) {
        return Optional.of(candidate);
      }
    }
    if (set.absent()) {
      return Optional.empty();
    }
    return Optional.of(set.present().minus(emptyString.get(d)).shortest().orElse(""));
  }

  private List<Optional<String>> examples(ValueSet set, int d, int max) {
    List<String> members = new ArrayList<>();
    for (String candidate : candidates.get(d)) {
      if (set.present().accepts(candidate)) {
        members.add(candidate);
      }
    }
    List<String> chosen = new ArrayList<>();
    for (String member : members) {
      if (chosen.size() < max && chosen.stream().allMatch(c -> differsEverywhere(c, member))) {
        chosen.add(member);
      }
    }
    for (String member : members) {
      if (chosen.size() < max && !chosen.contains(member)) {
        chosen.add(member);
      }
    }
    List<Optional<String>> examples = new ArrayList<>();
    chosen.forEach(c -> examples.add(Optional.of(c)));
    if (examples.isEmpty()) {
      examples.add(pick(set, d));
    }
    return examples;
  }

  private static boolean differsEverywhere(String a, String b) {
    int ia = secondColon(a);
    int ib = secondColon(b);
    return !a.substring(0, ia).equals(b.substring(0, ib))
        && !a.substring(ia).equals(b.substring(ib));
  }

  private static int secondColon(String s) {
    int first = s.indexOf(':');
    int second = first < 0 ? -1 : s.indexOf(':', first + 1);
    return second < 0 ? s.length() : second;
  }

  private AccessWitness toWitness(List<Optional<String>> values) {
    Optional<dev.rehearsal.core.evaluation.RequestPrincipal> principal = Optional.empty();
    String action = "";
    Optional<String> resource = Optional.empty();
    Map<String, Optional<String>> keys = new LinkedHashMap<>();
    for (int d = 0; d < space.size(); d++) {
      Optional<String> value = values.get(d);
      switch (space.dimension(d).kind()) {
        case PRINCIPAL -> principal = value.map(PrincipalSets::decode);
        case ACTION -> action = value.orElseThrow();
        case RESOURCE -> resource = value;
        case KEY -> keys.put(space.dimension(d).name(), value);
      }
    }
    return new AccessWitness(principal, action, resource, keys);
  }
}
