package dev.rehearsal.core.github;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Optional;

/**
 * An input GitHub refuses, with the HTTP status and {@code documentation_url} GitHub's REST API
 * answers it with, so that the OIDC emulator renders GitHub's error body ({@code message}, {@code
 * documentation_url}, {@code status}) in one place. Carries {@link AwsErrorCode#VALIDATION_ERROR}
 * only because every project error must name one; GitHub itself has no error codes.
 */
public final class GitHubValidationException extends RehearsalException {
  private final int httpStatus;
  private final String documentationUrl;

  public GitHubValidationException(int httpStatus, String message, String documentationUrl) {
    super(AwsErrorCode.VALIDATION_ERROR, message);
    this.httpStatus = httpStatus;
    this.documentationUrl = documentationUrl;
  }

  /** An invalid rehearsal input (a workflow run or a token request): not a GitHub API answer. */
  static GitHubValidationException invalidInput(String field, Object value, String expected) {
    return new GitHubValidationException(
        400, "Invalid " + field + " '" + value + "': expected " + expected, null);
  }

  public int httpStatus() {
    return httpStatus;
  }

  public Optional<String> documentationUrl() {
    return Optional.ofNullable(documentationUrl);
  }
}
