package dev.rehearsal.core.workflow.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of GitHub's filter patterns. */
class FilterPatternProperties {
  private static final Set<Character> SPECIAL = Set.of('*', '?', '+', '[', ']', '\\', '!');

  /** A name with every special character escaped, as the docs say to write a literal match. */
  private static String literal(String name) {
    StringBuilder pattern = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (SPECIAL.contains(c)) {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.toString();
  }

  private static Gen<String> names(int tries) {
    return Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC + "/-_.*?+[]!\\ "), 1, 40, tries);
  }

  @Test
  void literalPattern_matchesExactlyItself() {
    qt().withExamples(1000)
        .forAll(names(1000), names(1000))
        .checkAssert(
            (name, other) -> {
              FilterPattern pattern = FilterPattern.compile(literal(name));
              assertThat(pattern.matches(name)).isTrue();
              assertThat(pattern.matches(other)).isEqualTo(other.equals(name));
            });
  }

  @Test
  void doubleStar_matchesAnyPath() {
    qt().withExamples(1000)
        .forAll(Gens.strings(Gens.anyChar(), 0, 100, 1000))
        .checkAssert(path -> assertThat(FilterPattern.compile("**").matches(path)).isTrue());
  }

  @Test
  void star_matchesExactlyTheNamesWithoutSlash() {
    qt().withExamples(1000)
        .forAll(names(1000))
        .checkAssert(
            name ->
                assertThat(FilterPattern.compile("*").matches(name))
                    .isEqualTo(!name.contains("/")));
  }

  @Test
  void directoryPrefix_matchesTheNameAtAnyDepth() {
    qt().withExamples(500)
        .forAll(
            Gens.lists(Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC), 1, 8, 500), 0, 5, 500),
            Gens.strings(Gens.chars(Gens.ALPHA_NUMERIC), 1, 8, 500))
        .checkAssert(
            (dirs, file) -> {
              String path = dirs.isEmpty() ? file : String.join("/", dirs) + "/" + file;
              assertThat(FilterPattern.compile("**/" + literal(file)).matches(path)).isTrue();
            });
  }
}
