package dev.rehearsal.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Message shapes as IAM and STS send them (botocore shapes' min, max and pattern). */
class ValidationErrorsTest {
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]+");

  @Test
  void throwIfAny_whenTwoViolations_countsThemAndJoinsWithSemicolon() {
    var errors =
        new ValidationErrors()
            .required("roleName", "bad name", 1, 64)
            .pattern("roleName", "bad name", ROLE_NAME)
            .range("maxSessionDuration", 60, 3600, 43200);

    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "2 validation errors detected: Value 'bad name' at 'roleName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+;"
                + " Value '60' at 'maxSessionDuration' failed to satisfy constraint: Member must"
                + " have value greater than or equal to 3600");
  }

  @Test
  void required_whenNull_saysMemberMustNotBeNull() {
    assertThatThrownBy(
            () -> new ValidationErrors().required("roleArn", null, 20, 2048).throwIfAny())
        .hasMessage(
            "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint:"
                + " Member must not be null");
  }

  @Test
  void requiredSensitive_whenTooLong_leavesTheValueOut() {
    assertThatThrownBy(
            () ->
                new ValidationErrors()
                    .requiredSensitive("webIdentityToken", "x".repeat(20001), 4, 20000)
                    .throwIfAny())
        .hasMessage(
            "1 validation error detected: Value at 'webIdentityToken' failed to satisfy"
                + " constraint: Member must have length less than or equal to 20000");
  }

  @Test
  void optional_whenNull_passes() {
    assertThatCode(() -> new ValidationErrors().optional("description", null, 0, 1000).throwIfAny())
        .doesNotThrowAnyException();
  }

  @Test
  void listSize_whenOverMax_namesTheList() {
    assertThatThrownBy(() -> new ValidationErrors().listSize("tags", 51, 50).throwIfAny())
        .hasMessage(
            "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member"
                + " must have length less than or equal to 50");
  }

  @Test
  void required_acceptsExactlyTheLengthsWithinBounds() {
    qt().withExamples(1000)
        .forAll(Gens.strings(Gens.anyChar(), 0, 80, 1000))
        .checkAssert(
            text -> {
              var errors = new ValidationErrors().required("roleName", text, 1, 64);
              assertThat(errors.isEmpty()).isEqualTo(text.length() >= 1 && text.length() <= 64);
            });
  }

  @Test
  void range_acceptsExactlyTheValuesWithinBounds() {
    qt().withExamples(1000)
        .forAll(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE, 1000))
        .checkAssert(
            value -> {
              var errors = new ValidationErrors().range("durationSeconds", value, 900, 43200);
              assertThat(errors.isEmpty()).isEqualTo(value >= 900 && value <= 43200);
            });
  }
}
