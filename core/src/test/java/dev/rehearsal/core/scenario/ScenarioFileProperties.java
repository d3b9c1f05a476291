package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rehearsal.core.error.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

  @Property(tries = 500)
  void arbitraryText_givesScenariosOrValidationError(@ForAll("yamlish") String text) {
    assertOnlyDeclaredError(text);
  }

  @Property(tries = 500)
  void mutatedValidFile_givesScenariosOrValidationError(
      @ForAll("positions") int position, @ForAll("junk") String junk) {
    int at = Math.min(position, VALID.length());
    assertOnlyDeclaredError(VALID.substring(0, at) + junk + VALID.substring(at));
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

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings()
        .withChars("scenarios:name-[]{},\n &*!|>'\"#roleunexpctaysw")
        .ofMaxLength(120);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, VALID.length());
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.of(
        ":", "- ", "{", "]", "\n  ", "&a ", "*a", "!!int ", "~", "null", "'", "\t");
  }
}
