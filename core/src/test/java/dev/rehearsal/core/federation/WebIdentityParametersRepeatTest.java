package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.ValidationException;
import dev.rehearsal.core.federation.WebIdentityCheck.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The same request, validated again and again with only the token's length changing (as {@code
 * rehearse check} does), is validated in full every time (botocore {@code clientTokenType} 4–20000,
 * {@code roleSessionNameType}).
 */
class WebIdentityParametersRepeatTest {
  private static final AssumeRoleWithWebIdentityRequest VALID =
      AssumeRoleWithWebIdentityRequest.of(
          "arn:aws:iam::123456789012:role/GithubOIDCIAMRole", "GitHubActions", null);

  @Test
  void validate_whenTheSameRequestComesWithATooLongToken_refusesIt() {
    WebIdentityParameters.validate(VALID, 1000);

    assertThatThrownBy(() -> WebIdentityParameters.validate(VALID, 20001))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Member must have length less than or equal to 20000");
    assertThatThrownBy(() -> WebIdentityParameters.validate(VALID, 3))
        .hasMessageContaining("Member must have length greater than or equal to 4");
    assertThatCode(() -> WebIdentityParameters.validate(VALID, 20000)).doesNotThrowAnyException();
  }

  @Test
  void validate_whenAnotherRequestFollowsAValidOne_validatesItInFull() {
    WebIdentityParameters.validate(VALID, 1000);
    var spaced =
        new AssumeRoleWithWebIdentityRequest(
            VALID.roleArn(), "my session", null, Optional.empty(), Optional.empty(), List.of());

    assertThatThrownBy(() -> WebIdentityParameters.validate(spaced, 1000))
        .hasMessageContaining("Member must satisfy regular expression pattern");
  }

  @Test
  void trace_whenAStepIsSkipped_refusesIt() {
    WebIdentityTrace trace = new WebIdentityTrace();
    trace.add(Step.PARAMETERS, true, "ok");

    assertThatThrownBy(() -> trace.add(Step.TOKEN_FORMAT, true, "skipped one"))
        .isInstanceOf(IllegalStateException.class);
  }
}
