package dev.rehearsal.core.cloudformation.symbol;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text that stands for a value a template analysis cannot know: {@code {{GitHubOrg}}} for a
 * parameter given no value, {@code {{Bucket}}} and {@code {{Bucket.Arn}}} for what {@code Ref} and
 * {@code Fn::GetAtt} return of a resource whose type is not interpreted. A symbol is stable (the
 * same name gives the same text in every run and on both sides of a diff) and contains neither
 * IAM's wildcards ({@code *}, {@code ?}) nor a policy variable's {@code ${}, so a policy compares
 * it as one literal that no real value equals.
 */
public final class Symbols {
  private static final Pattern SYMBOL = Pattern.compile("\\{\\{([^{}]+)}}");

  private Symbols() {}

  /** The symbol for {@code name}: {@code {{name}}}. */
  public static String of(String name) {
    return "{{" + name + "}}";
  }

  /** Whether {@code text} holds a symbol. */
  public static boolean in(String text) {
    return text.contains("{{") && SYMBOL.matcher(text).find();
  }

  /** The names of the symbols in {@code text}, in order of appearance, each once. */
  public static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (!text.contains("{{")) {
      return names;
    }
    Matcher matcher = SYMBOL.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
