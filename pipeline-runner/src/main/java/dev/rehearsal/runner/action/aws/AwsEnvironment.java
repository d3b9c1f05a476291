package dev.rehearsal.runner.action.aws;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * What the AWS SDKs read from an action's environment, read from the step's environment (not this
 * JVM's): the service endpoint ({@code AWS_ENDPOINT_URL_<SERVICE>}, then {@code AWS_ENDPOINT_URL},
 * as the SDKs' "service-specific endpoints" settings), the credentials ({@code AWS_ACCESS_KEY_ID},
 * {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}; an empty value is no value, as the SDKs
 * treat it) and the region ({@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}). Nothing is read
 * from {@code ~/.aws}: a rehearsal never uses the machine's own AWS credentials.
 */
final class AwsEnvironment {
  /** The JavaScript SDK's message when its default chain finds nothing. */
  static final String NO_CREDENTIALS = "Could not load credentials from any providers";

  private AwsEnvironment() {}

  static Optional<URI> endpoint(Map<String, String> env, String service) {
    return nonEmpty(env, "AWS_ENDPOINT_URL_" + service)
        .or(() -> nonEmpty(env, "AWS_ENDPOINT_URL"))
        .map(URI::create);
  }

  static Optional<AwsCredentials> credentials(Map<String, String> env) {
    Optional<String> key = nonEmpty(env, "AWS_ACCESS_KEY_ID");
    Optional<String> secret = nonEmpty(env, "AWS_SECRET_ACCESS_KEY");
    if (key.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        nonEmpty(env, "AWS_SESSION_TOKEN")
            .<AwsCredentials>map(
                token -> AwsSessionCredentials.create(key.get(), secret.get(), token))
            .orElseGet(() -> AwsBasicCredentials.create(key.get(), secret.get())));
  }

  static Optional<String> region(Map<String, String> env) {
    return nonEmpty(env, "AWS_REGION").or(() -> nonEmpty(env, "AWS_DEFAULT_REGION"));
  }

  private static Optional<String> nonEmpty(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty());
  }
}
