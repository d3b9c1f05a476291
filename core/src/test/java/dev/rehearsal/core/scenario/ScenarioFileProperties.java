package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.error.ValidationException;
import dev.rehearsal.core.property.Gens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever the input, the parser answers scenarios or a ValidationException, nothing else. */
class ScenarioFileProperties {
  private static final String VALID =
      """
      scenarios:
        - name: a
          role: r
          run: {repository: acme/app, ref: main, token_age: 5m}
          expect: {assume: allow, ecr: [{action: ecr:PutImage, repository: x, expect: deny}]}
      """;

  @Test
  void arbitraryText_givesScenariosOrValidationError() {
    qt().withExamples(500)
        .forAll(yamlish(500))
        .checkAssert(ScenarioFileProperties::assertOnlyDeclaredError);
  }

  @Test
  void mutatedValidFile_givesScenariosOrValidationError() {
    qt().withExamples(500)
        .forAll(positions(500), junk())
        .checkAssert(
            (position, junk) -> {
              int at = Math.min(position, VALID.length());
              assertOnlyDeclaredError(VALID.substring(0, at) + junk + VALID.substring(at));
            });
  }

  private static void assertOnlyDeclaredError(String text) {
    assertThatCode(
            () -> {
              try {
                ScenarioFile.parse("p.yaml", text);
              } catch (ValidationException expected) {
                // the declared error
              }
            })
        .doesNotThrowAnyException();
  }

  private static Gen<String> yamlish(int tries) {
    return Gens.strings(
        Gens.chars("scenarios:name-[]{},\n &*!|>'\"#roleunexpctaysw"), 0, 120, tries);
  }

  private static Gen<Integer> positions(int tries) {
    return Gens.ints(0, VALID.length(), tries);
  }

  private static Gen<String> junk() {
    return Gens.of(":", "- ", "{", "]", "\n  ", "&a ", "*a", "!!int ", "~", "null", "'", "\t");
  }
}
