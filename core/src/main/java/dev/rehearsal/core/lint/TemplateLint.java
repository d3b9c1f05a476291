package dev.rehearsal.core.lint;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.parameter.ParameterDeclaration;
import dev.rehearsal.core.cloudformation.symbol.Symbols;
import dev.rehearsal.core.cloudformation.symbol.Unresolved;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints a template whose parameters need not all have values, as cfn-lint and Checkov do: a
 * parameter without a value is a symbol ({@code {{GitHubOrg}}}). A finding whose text holds one
 * says it depends on that parameter; and each such parameter is tried with the values that could
 * change the findings — each of its {@code AllowedValues}, or else {@code *}, the value that widens
 * a pattern most — so that the report says which findings appear or go away with which value.
 */
public final class TemplateLint {
  /** At most this many values are tried per parameter (its first {@code AllowedValues}). */
  private static final int MAX_TRIED = 8;

  private TemplateLint() {}

  /** The findings, each with its notes, and the values the template could not resolve. */
  public record Result(List<LocatedFinding> findings, List<Unresolved> unresolved) {
    public Result {
      findings = List.copyOf(findings);
      unresolved = List.copyOf(unresolved);
    }
  }

  public static Result lint(Template template, StackSettings settings) {
    ResolvedStack stack = template.resolve(settings);
    Set<String> symbolic = new LinkedHashSet<>();
    stack.unresolved().stream()
        .filter(u -> u.kind() == Unresolved.Kind.PARAMETER)
        .forEach(u -> symbolic.add(u.name()));
    Map<String, LocatedFinding> findings = new LinkedHashMap<>();
    for (LocatedFinding finding : StackLint.lint(stack)) {
      findings.put(finding.key(), dependsOn(finding, symbolic));
    }
    Map<String, LocatedFinding> onlyWith = new LinkedHashMap<>();
    for (String parameter : symbolic) {
      for (String value : tried(template, parameter)) {
        probe(template, settings, parameter, value, findings, onlyWith);
      }
    }
    List<LocatedFinding> all = new ArrayList<>(findings.values());
    all.addAll(onlyWith.values());
    return new Result(all, stack.unresolved());
  }

  private static LocatedFinding dependsOn(LocatedFinding finding, Set<String> symbolic) {
    LocatedFinding noted = finding;
    for (String name : Symbols.names(finding.finding().message())) {
      if (symbolic.contains(name)) {
        noted = noted.noted("depends on parameter " + name + ", which has no value here");
      }
    }
    return noted;
  }

  /** Lints with {@code parameter} = {@code value} and notes what differs from the base lint. */
  private static void probe(
      Template template,
      StackSettings settings,
      String parameter,
      String value,
      Map<String, LocatedFinding> base,
      Map<String, LocatedFinding> onlyWith) {
    List<LocatedFinding> probed;
    try {
      Map<String, String> parameters = new HashMap<>(settings.parameters());
      parameters.put(parameter, value);
      probed =
          StackLint.lint(
              template.resolve(
                  new StackSettings(
                      settings.stackName(),
                      settings.region(),
                      settings.accountId(),
                      parameters,
                      settings.seed())));
    } catch (RehearsalException e) {
      return; // a value the template refuses tells nothing about its findings
    }
    String when = parameter + " = '" + value + "'";
    Set<String> keys = new LinkedHashSet<>();
    for (LocatedFinding finding : probed) {
      keys.add(finding.key());
      if (!base.containsKey(finding.key())) {
        LocatedFinding known = onlyWith.get(finding.key());
        onlyWith.put(
            finding.key(),
            known != null ? known.noted("also when " + when) : finding.noted("only when " + when));
      }
    }
    base.replaceAll(
        (key, finding) -> keys.contains(key) ? finding : finding.noted("goes away when " + when));
  }

  /** The values worth trying: the allowed ones, or {@code *} when the declaration allows it. */
  private static List<String> tried(Template template, String parameter) {
    ParameterDeclaration declaration =
        template.parameters().stream()
            .filter(p -> p.name().equals(parameter))
            .findFirst()
            .orElseThrow();
    if (!declaration.allowedValues().isEmpty()) {
      return declaration.allowedValues().stream().limit(MAX_TRIED).toList();
    }
    return List.of("*");
  }
}
