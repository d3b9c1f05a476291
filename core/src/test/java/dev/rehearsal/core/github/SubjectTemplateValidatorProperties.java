package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SubjectTemplateValidatorProperties {

  @Test
  void validateClaimKeys_eitherAcceptsOrThrowsOnlyTheDeclaredError() {
    qt().withExamples(1000)
        .forAll(keyLists())
        .checkAssert(
            keys -> {
              Throwable thrown =
                  catchThrowable(
                      () ->
                          SubjectTemplateValidator.validateClaimKeys(
                              keys, SubjectTemplateValidator.REPOSITORY_DOCUMENTATION));

              if (thrown != null) {
                assertThat(thrown).isInstanceOf(GitHubValidationException.class);
                assertThat(((GitHubValidationException) thrown).httpStatus()).isIn(400, 422);
              }
            });
  }

  @Test
  void validateClaimKeys_whenAccepted_returnsOnlySupportedKeysOnePerInput() {
    qt().withExamples(1000)
        .forAll(keyLists())
        .checkAssert(SubjectTemplateValidatorProperties::returnsOnlySupportedKeysOnePerInput);
  }

  private static void returnsOnlySupportedKeysOnePerInput(List<String> keys) {
    List<String> accepted;
    try {
      accepted =
          SubjectTemplateValidator.validateClaimKeys(
              keys, SubjectTemplateValidator.REPOSITORY_DOCUMENTATION);
    } catch (GitHubValidationException refused) {
      return;
    }
    // Distinct only before stripping: GitHub checks duplicates first (see the validator's test).
    assertThat(accepted).hasSameSizeAs(keys);
    assertThat(SubjectTemplateValidator.SUPPORTED_CLAIM_KEYS).containsAll(accepted);
  }

  private static Gen<List<String>> keyLists() {
    Gen<String> supported =
        Gens.of(SubjectTemplateValidator.SUPPORTED_CLAIM_KEYS.stream().sorted().toList());
    Gen<String> padded = supported.map(key -> " " + key + " ");
    Gen<String> anything = Gens.strings(Gens.anyChar(), 0, 40, 1000);
    Gen<String> key =
        Gens.frequency(6, supported, 1, padded, 2, anything, 1, Generate.constant((String) null));
    return Gens.lists(key, 0, 40, 1000);
  }
}
