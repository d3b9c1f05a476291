package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class SubjectTemplateValidatorProperties {

  @Property
  void validateClaimKeys_eitherAcceptsOrThrowsOnlyTheDeclaredError(
      @ForAll("keyLists") List<String> keys) {
    Throwable thrown =
        catchThrowable(
            () ->
                SubjectTemplateValidator.validateClaimKeys(
                    keys, SubjectTemplateValidator.REPOSITORY_DOCUMENTATION));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(GitHubValidationException.class);
      assertThat(((GitHubValidationException) thrown).httpStatus()).isIn(400, 422);
    }
  }

  @Property
  void validateClaimKeys_whenAccepted_returnsOnlySupportedKeysOnePerInput(
      @ForAll("keyLists") List<String> keys) {
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

  @Provide
  Arbitrary<List<String>> keyLists() {
    Arbitrary<String> supported = Arbitraries.of(SubjectTemplateValidator.SUPPORTED_CLAIM_KEYS);
    Arbitrary<String> padded = supported.map(key -> " " + key + " ");
    Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<String> key =
        Arbitraries.frequencyOf(
            Tuple.of(6, supported),
            Tuple.of(1, padded),
            Tuple.of(2, anything),
            Tuple.of(1, Arbitraries.just(null)));
    return key.list().ofMaxSize(40);
  }
}
