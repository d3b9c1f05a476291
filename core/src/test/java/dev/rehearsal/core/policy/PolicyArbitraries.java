package dev.rehearsal.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid policy documents (as {@link PolicyParser} accepts them for {@link
 * PolicyKind#ANY}), in the shape the parser produces: conditions grouped by operator, each key once
 * per operator.
 */
final class PolicyArbitraries {
  private static final List<String> OPERATORS =
      List.of(
          "StringEquals",
          "StringLike",
          "StringNotEqualsIgnoreCase",
          "ForAnyValue:StringLike",
          "ForAllValues:StringEqualsIfExists",
          "NumericLessThanEquals",
          "DateGreaterThan",
          "Bool",
          "ArnLikeIfExists",
          "Null");

  private PolicyArbitraries() {}

  static Arbitrary<PolicyDocument> documents() {
    Arbitrary<Optional<String>> version =
        Arbitraries.of(PolicyDocument.VERSION_2012, PolicyDocument.VERSION_2008).optional(0.7);
    Arbitrary<Optional<String>> id = text().optional(0.3);
    Arbitrary<List<Statement>> statements = statement().list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(version, id, statements)
        .as((v, i, s) -> new PolicyDocument(v, i, uniqueSids(s)));
  }

  private static Arbitrary<Statement> statement() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMaxLength(8).optional(0.5),
            Arbitraries.of(Effect.class),
            principal().optional(0.5),
            patterns(action()),
            patterns(resource()).optional(0.6),
            conditions())
        .as(Statement::new);
  }

  /** Repeated Sids are refused; the property is about the shape, so they are numbered apart. */
  private static List<Statement> uniqueSids(List<Statement> statements) {
    List<Statement> unique = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      String suffix = Integer.toString(i);
      Optional<String> sid = s.sid().filter(x -> !x.isEmpty()).map(x -> x + suffix);
      unique.add(
          new Statement(sid, s.effect(), s.principal(), s.action(), s.resource(), s.conditions()));
    }
    return unique;
  }

  private static Arbitrary<PrincipalElement> principal() {
    Arbitrary<PrincipalElement> anyone =
        Arbitraries.of(true, false).map(n -> new PrincipalElement(n, true, Map.of()));
    Arbitrary<Map<String, List<String>>> byType =
        Arbitraries.maps(
                Arbitraries.of("AWS", "Federated", "Service", "CanonicalUser"),
                Arbitraries.of(
                        "*",
                        "123456789012",
                        "arn:aws:iam::123456789012:role/r",
                        "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com")
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3))
            .ofMinSize(1)
            .ofMaxSize(3);
    Arbitrary<PrincipalElement> typed =
        Combinators.combine(Arbitraries.of(true, false), byType)
            .as((n, m) -> new PrincipalElement(n, false, m));
    return Arbitraries.oneOf(anyone, typed);
  }

  private static Arbitrary<PatternElement> patterns(Arbitrary<String> pattern) {
    return Combinators.combine(
            Arbitraries.of(true, false), pattern.list().ofMinSize(1).ofMaxSize(3))
        .as(PatternElement::new);
  }

  private static Arbitrary<String> action() {
    Arbitrary<String> named =
        Combinators.combine(
                Arbitraries.of("sts", "ecr", "s3", "*", "iam"),
                Arbitraries.strings().alpha().withChars('*', '?').ofMinLength(1).ofMaxLength(12))
            .as((service, name) -> service + ":" + name);
    return Arbitraries.oneOf(Arbitraries.just("*"), named);
  }

  private static Arbitrary<String> resource() {
    Arbitrary<String> arn =
        text().map(rest -> "arn:aws:ecr:us-east-1:123456789012:repository/" + rest);
    return Arbitraries.oneOf(Arbitraries.just("*"), arn);
  }

  private static Arbitrary<List<Condition>> conditions() {
    Arbitrary<Map<String, List<String>>> keys =
        Arbitraries.maps(text(), scalarText().list().ofMaxSize(3)).ofMaxSize(3);
    return Arbitraries.maps(Arbitraries.of(OPERATORS), keys)
        .ofMaxSize(3)
        .map(PolicyArbitraries::flatten);
  }

  private static List<Condition> flatten(Map<String, Map<String, List<String>>> block) {
    List<Condition> conditions = new ArrayList<>();
    new LinkedHashMap<>(block)
        .forEach(
            (operator, keys) ->
                keys.forEach(
                    (key, values) ->
                        conditions.add(
                            new Condition(
                                ConditionOperator.parse(operator).orElseThrow(), key, values))));
    return conditions;
  }

  /** Any text, including quotes, backslashes, control and non-ASCII characters. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMaxLength(16);
  }

  private static Arbitrary<String> scalarText() {
    return Arbitraries.oneOf(text(), Arbitraries.of("true", "false", "1", "-2.5"));
  }
}
