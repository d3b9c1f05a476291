package dev.rehearsal.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.aws.auth.Caller;
import java.util.Set;

/**
 * One JSON 1.1 service (ECR): requests are {@code POST /} with {@code X-Amz-Target:
 * PREFIX.Operation} and a JSON body; the answer is a JSON body (botocore's {@code "protocol":
 * "json"}).
 */
public interface JsonService {
  /** The model's {@code targetPrefix}, e.g. {@code AmazonEC2ContainerRegistry_V20150921}. */
  String targetPrefix();

  /** The service in a SigV4 credential scope, e.g. {@code ecr}. */
  String signingName();

  /** Every operation the service knows; any other is {@code UnknownOperationException}. */
  Set<String> operations();

  /**
   * Performs {@code operation} for the verified {@code caller}.
   *
   * @param input the request's JSON object ({@code {}} for an empty body)
   * @return the response's JSON object
   */
  Object handle(String operation, JsonNode input, Caller caller);
}
