package dev.rehearsal.core.policy;

import dev.rehearsal.core.property.Gens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid policy documents (as {@link PolicyParser} accepts them for {@link
 * PolicyKind#ANY}), in the shape the parser produces: conditions grouped by operator, each key once
 * per operator. {@code tries} is the number of examples the property runs (sizes scale with it, as
 * they did in jqwik).
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

  static Gen<PolicyDocument> documents(int tries) {
    Gen<Optional<String>> version =
        Gens.optional(Gens.of(PolicyDocument.VERSION_2012, PolicyDocument.VERSION_2008), 0.7);
    Gen<Optional<String>> id = Gens.optional(text(tries), 0.3);
    Gen<List<Statement>> statements = Gens.lists(statement(tries), 1, 4, tries);
    return version.zip(id, statements, (v, i, s) -> new PolicyDocument(v, i, uniqueSids(s)));
  }

  private static Gen<Statement> statement(int tries) {
    return Gens.combine(
        Gens.optional(Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC), 0, 8, tries), 0.5),
        Gens.of(Effect.values()),
        Gens.optional(principal(tries), 0.5),
        patterns(action(tries), tries),
        Gens.optional(patterns(resource(tries), tries), 0.6),
        conditions(tries),
        Statement::new);
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

  private static Gen<PrincipalElement> principal(int tries) {
    Gen<PrincipalElement> anyone =
        Gens.of(true, false).map(n -> new PrincipalElement(n, true, Map.of()));
    Gen<Map<String, List<String>>> byType =
        Gens.maps(
            Gens.of("AWS", "Federated", "Service", "CanonicalUser"),
            Gens.lists(
                Gens.of(
                    "*",
                    "123456789012",
                    "arn:aws:iam::123456789012:role/r",
                    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"),
                1,
                3,
                tries),
            1,
            3,
            tries);
    Gen<PrincipalElement> typed =
        Gens.of(true, false).zip(byType, (n, m) -> new PrincipalElement(n, false, m));
    return Gens.oneOf(anyone, typed);
  }

  private static Gen<PatternElement> patterns(Gen<String> pattern, int tries) {
    return Gens.of(true, false).zip(Gens.lists(pattern, 1, 3, tries), PatternElement::new);
  }

  private static Gen<String> action(int tries) {
    Gen<String> named =
        Gens.of("sts", "ecr", "s3", "*", "iam")
            .zip(
                Gens.strings(Gens.chars(Gens.ALPHA + "*?"), 1, 12, tries),
                (service, name) -> service + ":" + name);
    return Gens.oneOf(Generate.constant("*"), named);
  }

  private static Gen<String> resource(int tries) {
    Gen<String> arn =
        text(tries).map(rest -> "arn:aws:ecr:us-east-1:123456789012:repository/" + rest);
    return Gens.oneOf(Generate.constant("*"), arn);
  }

  private static Gen<List<Condition>> conditions(int tries) {
    Gen<Map<String, List<String>>> keys =
        Gens.maps(text(tries), Gens.lists(scalarText(tries), 0, 3, tries), 0, 3, tries);
    return Gens.maps(Gens.of(OPERATORS), keys, 0, 3, tries).map(PolicyArbitraries::flatten);
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
  static Gen<String> text(int tries) {
    return Gens.strings(Gens.allChars(), 0, 16, tries);
  }

  private static Gen<String> scalarText(int tries) {
    return Gens.oneOf(text(tries), Gens.of("true", "false", "1", "-2.5"));
  }
}
