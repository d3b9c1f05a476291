package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bounds from botocore's {@code sts/2011-06-15/service-2.json}. */
class WebIdentityParametersTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/GithubOIDCIAMRole";

  private static AssumeRoleWithWebIdentityRequest request(
      String role, String session, String token, Integer duration) {
    return new AssumeRoleWithWebIdentityRequest(
        role, session, token, Optional.ofNullable(duration), Optional.empty(), List.of());
  }

  @Test
  void validate_whenEveryParameterInBounds_passes() {
    assertThatCode(
            () -> WebIdentityParameters.validate(request(ROLE, "GitHubActions", "abcd", 900)))
        .doesNotThrowAnyException();
  }

  @Test
  void validate_whenSessionNameTooShort_namesMemberValueAndConstraint_perStsModel() {
    assertThatThrownBy(() -> WebIdentityParameters.validate(request(ROLE, "a", "abcd", null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 2");
  }

  @Test
  void validate_whenSessionNameHasSpace_citesThePattern_perStsModelRoleSessionNameType() {
    assertThatThrownBy(
            () -> WebIdentityParameters.validate(request(ROLE, "my session", "abcd", null)))
        .hasMessageContaining("Member must satisfy regular expression pattern: [\\w+=,.@-]*");
  }

  @Test
  void validate_whenTokenOver20000Chars_leavesTheSensitiveValueOut() {
    String token = "x".repeat(20001);
    assertThatThrownBy(() -> WebIdentityParameters.validate(request(ROLE, "s1", token, null)))
        .hasMessage(
            "1 validation error detected: Value at 'webIdentityToken' failed to satisfy"
                + " constraint: Member must have length less than or equal to 20000");
  }

  @Test
  void validate_whenSeveralViolations_countsAndJoinsThemInParameterOrder() {
    assertThatThrownBy(() -> WebIdentityParameters.validate(request("short", "s", "abcd", 60)))
        .isInstanceOfSatisfying(
            RehearsalException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errorCode())
                    .isEqualTo(AwsErrorCode.VALIDATION_ERROR))
        .hasMessageStartingWith("3 validation errors detected: Value 'short' at 'roleArn'")
        .hasMessageContaining("; Value 's' at 'roleSessionName'")
        .hasMessageEndingWith(
            "Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value"
                + " greater than or equal to 900");
  }

  @Test
  void validate_whenDurationOver12Hours_isRejected_perRoleDurationSecondsType() {
    assertThatThrownBy(() -> WebIdentityParameters.validate(request(ROLE, "s1", "abcd", 43201)))
        .hasMessageContaining("Member must have value less than or equal to 43200");
  }

  @Test
  void validate_whenRequiredParameterMissing_saysMemberMustNotBeNull() {
    assertThatThrownBy(() -> WebIdentityParameters.validate(request(ROLE, "s1", null, null)))
        .hasMessage(
            "1 validation error detected: Value null at 'webIdentityToken' failed to satisfy"
                + " constraint: Member must not be null");
  }
}
