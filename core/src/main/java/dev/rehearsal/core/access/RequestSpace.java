package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The requests two sets of policies are compared over: for a trust policy the principal, the action
 * and every condition key either side mentions; for identity policies the action, the resource and
 * the keys. Each dimension has its own {@link Alphabet}, made of every character written for it on
 * either side, so that its languages are exact for every value.
 *
 * <p>GitHub's {@code sub} ranges over the subjects GitHub can send ({@link RealSubjects}): a
 * difference only in subjects no token can carry is no change.
 *
 * <p>Keys are single-valued here: a request has at most one value per key. That is what GitHub's
 * claims are (every claim a single string, facts.md); the set operators over several values are
 * read for one value.
 */
final class RequestSpace {
  enum Kind {
    TRUST,
    IDENTITY
  }

  private final Kind kind;
  private final List<Dimension> dimensions = new ArrayList<>();
  private final List<Alphabet> alphabets = new ArrayList<>();
  private final List<ValueSet> universes = new ArrayList<>();
  private final List<List<String>> written = new ArrayList<>();
  private final Map<String, Integer> keyIndex = new LinkedHashMap<>();

  private RequestSpace(
      Kind kind, Map<Dimension, List<String>> textsByDimension, boolean realSubjects) {
    this.kind = kind;
    textsByDimension.forEach(
        (dimension, texts) -> {
          if (dimension.kind() == Dimension.Kind.KEY) {
            keyIndex.put(lower(dimension.name()), dimensions.size());
          }
          written.add(List.copyOf(texts));
          List<String> withColon = new ArrayList<>(texts);
          withColon.add(":");
          Alphabet alphabet = Alphabet.of(withColon);
          dimensions.add(dimension);
          alphabets.add(alphabet);
          ValueSet universe = universe(dimension.kind(), alphabet);
          if (realSubjects
              && dimension.kind() == Dimension.Kind.KEY
              && RealSubjects.isGitHubSubject(dimension.name())) {
            universe = new ValueSet(RealSubjects.language(alphabet), true);
          }
          universes.add(universe);
        });
  }

  static RequestSpace of(Kind kind, List<PolicyDocument> policies) {
    return of(kind, policies, true);
  }

  /**
   * The space of {@code policies}; with {@code realSubjects}, GitHub's {@code sub} takes only the
   * values GitHub can send ({@link RealSubjects}), else any text.
   */
  static RequestSpace of(Kind kind, List<PolicyDocument> policies, boolean realSubjects) {
    Map<Dimension, List<String>> texts = new LinkedHashMap<>();
    Map<String, Dimension> keys = new LinkedHashMap<>();
    if (kind == Kind.TRUST) {
      texts.put(new Dimension(Dimension.Kind.PRINCIPAL, "principal"), new ArrayList<>());
    }
    texts.put(new Dimension(Dimension.Kind.ACTION, "action"), new ArrayList<>());
    if (kind == Kind.IDENTITY) {
      texts.put(new Dimension(Dimension.Kind.RESOURCE, "resource"), new ArrayList<>());
    }
    for (PolicyDocument policy : policies) {
      for (Statement statement : policy.statements()) {
        collect(statement, texts, keys);
      }
    }
    keys.values().forEach(key -> texts.putIfAbsent(key, new ArrayList<>()));
    for (PolicyDocument policy : policies) {
      for (Statement statement : policy.statements()) {
        for (Condition condition : statement.conditions()) {
          texts.get(keys.get(lower(condition.key()))).addAll(condition.values());
        }
      }
    }
    return new RequestSpace(kind, texts, realSubjects);
  }

  private static void collect(
      Statement statement, Map<Dimension, List<String>> texts, Map<String, Dimension> keys) {
    texts.forEach(
        (dimension, written) -> {
          switch (dimension.kind()) {
            case PRINCIPAL -> {
              // An account's principals are ARNs: their shape is part of the language.
              written.add("AWS:arn:");
              statement
                  .principal()
                  .ifPresent(
                      p ->
                          p.byType()
                              .forEach(
                                  (type, values) ->
                                      values.forEach(v -> written.add(type + ":" + v))));
            }
            case ACTION -> written.addAll(statement.action().patterns());
            case RESOURCE -> statement.resource().ifPresent(r -> written.addAll(r.patterns()));
            case KEY -> {}
          }
        });
    for (Condition condition : statement.conditions()) {
      keys.computeIfAbsent(lower(condition.key()), k -> Dimension.key(condition.key()));
    }
  }

  private static ValueSet universe(Dimension.Kind kind, Alphabet alphabet) {
    return switch (kind) {
      // "TYPE:value": a principal type has no colon.
      case PRINCIPAL ->
          new ValueSet(
              Dfa.of(Tokens.start().segment().literal(":").anyRun().build(), false, alphabet),
              false);
      // EvaluationRequest refuses a blank action.
      case ACTION ->
          new ValueSet(Dfa.of(Tokens.start().anyChar().anyRun().build(), false, alphabet), false);
      case RESOURCE -> new ValueSet(Dfa.all(alphabet), false);
      case KEY -> new ValueSet(Dfa.all(alphabet), true);
    };
  }

  Kind kind() {
    return kind;
  }

  int size() {
    return dimensions.size();
  }

  Dimension dimension(int index) {
    return dimensions.get(index);
  }

  Alphabet alphabet(int index) {
    return alphabets.get(index);
  }

  /** The text written for a dimension on either side: patterns, values, TYPE:principal. */
  List<String> written(int index) {
    return written.get(index);
  }

  ValueSet universe(int index) {
    return universes.get(index);
  }

  Optional<Integer> indexOf(Dimension.Kind kind) {
    for (int i = 0; i < dimensions.size(); i++) {
      if (dimensions.get(i).kind() == kind) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  int keyIndex(String key) {
    return keyIndex.get(lower(key));
  }

  /** Every request of the space. */
  Box everything() {
    return new Box(universes);
  }

  static String lower(String key) {
    return key.toLowerCase(Locale.ROOT);
  }
}
