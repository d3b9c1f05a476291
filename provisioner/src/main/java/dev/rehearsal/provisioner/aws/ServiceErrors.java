package dev.rehearsal.provisioner.aws;

import dev.rehearsal.provisioner.ProvisionException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** What the SDK throws, in the words the AWS CLI uses for it. */
public final class ServiceErrors {
  private ServiceErrors() {}

  /**
   * Runs one service call whose refusal refuses the whole request.
   *
   * @throws ProvisionException with the service's code and message, or naming the endpoint that
   *     could not be reached
   */
  public static <T> T call(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw refusal(operation, e);
    }
  }

  /** {@link #call} for an operation that answers nothing of interest. */
  public static void run(String operation, Runnable call) {
    call(
        operation,
        () -> {
          call.run();
          return null;
        });
  }

  /** A service's refusal as a {@link ProvisionException} naming the operation. */
  public static ProvisionException refusal(String operation, SdkException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      return new ProvisionException(
          code(service), Optional.of(operation), service.awsErrorDetails().errorMessage(), e);
    }
    return new ProvisionException(
        e instanceof SdkClientException ? "EndpointConnectionError" : "SdkError",
        Optional.of(operation),
        e.getMessage(),
        e);
  }

  /**
   * Why a resource failed, for its event: {@code Code: message} as the service answered, or what
   * kept the request from reaching it.
   */
  public static String reason(RuntimeException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      return code(service) + ": " + service.awsErrorDetails().errorMessage();
    }
    if (e instanceof ProvisionException refused) {
      return refused.code() + ": " + refused.getMessage();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Whether {@code e} is a service's answer with one of {@code codes}. */
  public static boolean is(RuntimeException e, Set<String> codes) {
    return e instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && codes.contains(code(service));
  }

  private static String code(AwsServiceException e) {
    String code = e.awsErrorDetails().errorCode();
    return code == null ? "HTTP " + e.statusCode() : code;
  }
}
