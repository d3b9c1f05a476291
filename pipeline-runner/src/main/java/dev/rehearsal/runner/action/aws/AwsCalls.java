package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionFailedException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * AWS SDK v2 clients configured from a step's environment ({@link AwsEnvironment}) and a call made
 * with one, its failure turned into the message a JavaScript action sees as {@code error.message}:
 * the service's own message for a service error, the client's for anything else.
 */
final class AwsCalls {
  private AwsCalls() {}

  /** An STS client for {@code region}, signing with {@code credentials} or not at all. */
  static StsClient sts(
      Map<String, String> env, String region, Optional<AwsCredentials> credentials) {
    return configure(StsClient.builder(), env, "STS", region, credentials).build();
  }

  static EcrClient ecr(Map<String, String> env, String region, AwsCredentials credentials) {
    return configure(EcrClient.builder(), env, "ECR", region, Optional.of(credentials)).build();
  }

  private static <B extends AwsClientBuilder<B, ?>> B configure(
      B builder,
      Map<String, String> env,
      String service,
      String region,
      Optional<AwsCredentials> credentials) {
    AwsCredentialsProvider provider =
        credentials
            .<AwsCredentialsProvider>map(StaticCredentialsProvider::create)
            .orElseGet(AnonymousCredentialsProvider::create);
    builder.region(Region.of(region)).credentialsProvider(provider);
    Optional<URI> endpoint = AwsEnvironment.endpoint(env, service);
    endpoint.ifPresent(builder::endpointOverride);
    if (builder instanceof AwsSyncClientBuilder<?, ?> sync) {
      sync.httpClient(UrlConnectionHttpClient.create());
    }
    return builder;
  }

  /** {@code call} on {@code client}, closed afterwards; a failure as {@code error.message}. */
  static <C extends AutoCloseable, T> T call(C client, Function<C, T> call) {
    try (client) {
      return call.apply(client);
    } catch (AwsServiceException e) {
      String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
      throw new ActionFailedException(message != null ? message : e.getMessage(), e);
    } catch (SdkException e) {
      throw new ActionFailedException(e.getMessage(), e);
    } catch (ActionFailedException e) {
      throw e;
    } catch (Exception e) {
      throw new ActionFailedException(String.valueOf(e.getMessage()), e);
    }
  }
}
