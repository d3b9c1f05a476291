package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.NativeAction;

/**
 * {@code aws-actions/configure-aws-credentials} v1 to v4, natively: the OIDC path (the job's ID
 * token for {@code audience}, then STS {@code AssumeRoleWithWebIdentity}), role chaining, access
 * keys; exports {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code
 * AWS_SESSION_TOKEN}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, masked; its post step clears
 * them. STS is the endpoint the step's {@code AWS_ENDPOINT_URL_STS} or {@code AWS_ENDPOINT_URL}
 * names, else AWS's.
 */
public final class ConfigureAwsCredentials implements NativeAction {
  private final int major;
  private final RetryBackoff backoff;

  /** Version {@code major} (1 to 4) of the action, retrying with {@code backoff}. */
  public ConfigureAwsCredentials(int major, RetryBackoff backoff) {
    if (major < 1 || major > 4) {
      throw new IllegalArgumentException(
          "configure-aws-credentials v" + major + " is not rehearsed");
    }
    this.major = major;
    this.backoff = backoff;
  }

  @Override
  public ActionMetadata metadata() {
    ActionMetadata.Builder inputs =
        ActionMetadata.builder()
            .input("audience", "sts.amazonaws.com")
            .input("aws-access-key-id")
            .input("aws-secret-access-key")
            .input("aws-session-token")
            .input("aws-region")
            .input("mask-aws-account-id")
            .input("role-to-assume")
            .input("web-identity-token-file")
            .input("role-duration-seconds")
            .input("role-session-name")
            .input("role-external-id")
            .input("role-skip-session-tagging");
    if (major >= 2) {
      inputs.input("http-proxy").input("role-chaining");
      inputs.input("inline-session-policy").input("managed-session-policies");
    }
    if (major >= 3) {
      inputs.input("output-credentials").input("unset-current-credentials");
      inputs.input("disable-retry").input("retry-max-attempts");
      inputs.input("special-characters-workaround");
    }
    if (major >= 4) {
      inputs.input("output-env-credentials", "true").input("use-existing-credentials");
    }
    return inputs.post().build();
  }

  @Override
  public void main(ActionContext context) {
    if (major <= 2) {
      new LegacyConfigure(context, backoff, major == 2).run();
    } else {
      new CurrentConfigure(context, backoff, major == 4).run();
    }
  }

  /** The cleanup: every variable set to the empty string, which the SDKs read as unset. */
  @Override
  public void post(ActionContext context) {
    String outputEnv = context.input("output-env-credentials");
    if (major < 4 || outputEnv.isEmpty() || outputEnv.equals("true")) {
      CredentialSupport.clearCredentials(context);
    }
  }
}
