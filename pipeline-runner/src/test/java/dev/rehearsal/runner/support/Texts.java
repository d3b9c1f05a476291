package dev.rehearsal.runner.support;

import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories generators of text over small alphabets, so that the interesting shapes recur. */
public final class Texts {
  private Texts() {}

  /** Strings of {@code min} to {@code max} characters drawn from {@code alphabet}. */
  public static Gen<String> over(String alphabet, int min, int max) {
    Gen<Character> character =
        Generate.pick(alphabet.chars().mapToObj(c -> (char) c).collect(Collectors.toList()));
    return SourceDSL.lists()
        .of(character)
        .ofSizeBetween(min, max)
        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
  }
}
