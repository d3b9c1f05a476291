package dev.rehearsal.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A policy string (a Resource pattern or a condition value) with its policy variables parsed once
 * (IAM User Guide, "IAM policy elements: Variables and tags"): {@code ${key}} takes the value of a
 * request-context key, {@code ${key, 'default'}} falls back to the quoted text (a quote inside is
 * written {@code ''}), and {@code ${*}}, {@code ${?}}, {@code ${$}} stand for the literal
 * characters. Substituted text is always literal, so a value holding {@code *} never becomes a
 * wildcard. Text that is not a well-formed variable stays as written.
 */
final class ValueTemplate {
  private sealed interface Part permits Text, Literal, Variable {}

  /** Policy text whose {@code *} and {@code ?} are wildcards. */
  private record Text(String pattern) implements Part {}

  /** Text matched as is: an escape such as {@code ${*}}. */
  private record Literal(String text) implements Part {}

  private record Variable(String written, String lowerCaseKey, String defaultValue)
      implements Part {}

  private final String written;
  private final List<Part> parts;
  private final boolean hasVariables;

  private ValueTemplate(String written, List<Part> parts) {
    this.written = written;
    this.parts = parts;
    this.hasVariables = parts.stream().anyMatch(part -> part instanceof Variable);
  }

  /**
   * Parses {@code text}; with {@code variables} false (policy version 2008-10-17, or an operator
   * that takes no variables) the whole text is plain policy text.
   */
  static ValueTemplate parse(String text, boolean variables) {
    if (!variables || !text.contains("${")) {
      return new ValueTemplate(text, List.of(new Text(text)));
    }
    List<Part> parts = new ArrayList<>();
    int plainFrom = 0;
    int at = text.indexOf("${");
    while (at >= 0) {
      int end = VariableSyntax.end(text, at);
      if (end < 0) {
        at = text.indexOf("${", at + 2);
        continue;
      }
      if (at > plainFrom) {
        parts.add(new Text(text.substring(plainFrom, at)));
      }
      parts.add(part(text.substring(at, end)));
      plainFrom = end;
      at = text.indexOf("${", end);
    }
    if (plainFrom < text.length()) {
      parts.add(new Text(text.substring(plainFrom)));
    }
    return new ValueTemplate(text, List.copyOf(parts));
  }

  private static Part part(String variable) {
    String inner = VariableSyntax.inner(variable);
    if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
      return new Literal(inner);
    }
    return new Variable(
        variable, ContextKeys.lower(VariableSyntax.key(inner)), VariableSyntax.defaultValue(inner));
  }

  boolean hasVariables() {
    return hasVariables;
  }

  String written() {
    return written;
  }

  /**
   * The value as a pattern after substitution, or null when a variable has no value and no default:
   * IAM then treats the value as null, which nothing is equal to or like ("Policy variables with no
   * value"). A multivalued key cannot be a variable ("Single-valued vs. multivalued context keys")
   * and counts as no value.
   */
  Wildcard resolve(ContextKeys context, boolean ignoreCase) {
    Wildcard.Builder builder = Wildcard.builder();
    for (Part part : parts) {
      if (part instanceof Text text) {
        builder.pattern(text.pattern());
      } else if (part instanceof Literal literal) {
        builder.literal(literal.text());
      } else {
        String value = valueOf((Variable) part, context);
        if (value == null) {
          return null;
        }
        builder.literal(value);
      }
    }
    return builder.build(ignoreCase);
  }

  /** The value after substitution for a trace; an unresolved variable is shown as written. */
  String display(ContextKeys context) {
    if (!hasVariables) {
      return written;
    }
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Text text) {
        out.append(text.pattern());
      } else if (part instanceof Literal literal) {
        out.append("${").append(literal.text()).append('}');
      } else {
        Variable variable = (Variable) part;
        String value = valueOf(variable, context);
        out.append(value == null ? variable.written() : value);
      }
    }
    return out.toString();
  }

  private static String valueOf(Variable variable, ContextKeys context) {
    List<String> values = context.valuesOfLowerCaseKey(variable.lowerCaseKey());
    if (values != null && values.size() == 1) {
      return values.get(0);
    }
    return variable.defaultValue();
  }
}
