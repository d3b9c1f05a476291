package dev.rehearsal.oidc.http;

import dev.rehearsal.core.github.GitHubValidationException;

/**
 * The errors GitHub's REST API answers with, as {@link GitHubValidationException}s so that one
 * place ({@link Responses#error}) renders them: {@code {"message", "documentation_url", "status"}}
 * (docs.github.com, "Troubleshooting the REST API": 401 "Bad credentials", 404 "Not Found", 400
 * "Problems parsing JSON").
 */
public final class GitHubErrors {
  public static final String REST_DOCUMENTATION = "https://docs.github.com/rest";

  private GitHubErrors() {}

  public static GitHubValidationException badCredentials() {
    return new GitHubValidationException(401, "Bad credentials", REST_DOCUMENTATION);
  }

  /** 401 with a reason a reader can act on, e.g. an expired request token. */
  public static GitHubValidationException badCredentials(String reason) {
    return new GitHubValidationException(401, "Bad credentials: " + reason, REST_DOCUMENTATION);
  }

  public static GitHubValidationException notFound() {
    return new GitHubValidationException(404, "Not Found", REST_DOCUMENTATION);
  }

  public static GitHubValidationException notFound(String what) {
    return new GitHubValidationException(404, "Not Found: " + what, REST_DOCUMENTATION);
  }

  public static GitHubValidationException problemsParsingJson(String detail) {
    return new GitHubValidationException(
        400, "Problems parsing JSON: " + detail, REST_DOCUMENTATION);
  }

  /** A well-formed request asking for something the emulator refuses (422 Unprocessable). */
  public static GitHubValidationException validationFailed(String detail) {
    return new GitHubValidationException(422, "Validation Failed: " + detail, REST_DOCUMENTATION);
  }

  /** 400 for a request whose parameters are wrong (an over-long audience, an api-version). */
  public static GitHubValidationException badRequest(String detail) {
    return new GitHubValidationException(400, detail, REST_DOCUMENTATION);
  }
}
