package dev.rehearsal.aws.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IncomingRequest;
import dev.rehearsal.aws.auth.SigV4Verifier;
import dev.rehearsal.aws.decisions.DecisionLog;
import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The JSON 1.1 protocol: finds the service and operation named by {@code X-Amz-Target}, verifies
 * the signature, reads the body and renders the answer, or the error as AWS's JSON services do:
 * {@code {"__type": "Code", "message": "..."}} with the code also in {@code x-amzn-ErrorType}
 * (aws-sdk-java-v2 {@code AwsJsonProtocolErrorUnmarshaller} reads either).
 */
public final class JsonRouter {
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final Logger LOG = Logger.getLogger(JsonRouter.class);

  /** Timestamps as epoch seconds with a fraction, as the JSON protocol writes them. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /**
   * The JSON protocol's names for the signature errors the query protocol calls otherwise (AWS
   * "Common Errors" of JSON services: {@code UnrecognizedClientException}, {@code
   * InvalidSignatureException}, {@code MissingAuthenticationTokenException}).
   */
  private static final Map<AwsErrorCode, String> JSON_NAMES =
      Map.of(
          AwsErrorCode.INVALID_CLIENT_TOKEN_ID, "UnrecognizedClientException",
          AwsErrorCode.SIGNATURE_DOES_NOT_MATCH, "InvalidSignatureException",
          AwsErrorCode.MISSING_AUTHENTICATION_TOKEN, "MissingAuthenticationTokenException",
          AwsErrorCode.INCOMPLETE_SIGNATURE, "IncompleteSignatureException",
          AwsErrorCode.EXPIRED_TOKEN, "ExpiredTokenException",
          AwsErrorCode.REQUEST_EXPIRED, "InvalidSignatureException");

  private final List<JsonService> services;
  private final SigV4Verifier verifier;
  private final String region;
  private final DecisionLog decisions;

  /**
   * @param region the one region this emulator is, which every signature's scope must name
   * @param decisions where each request's decision is recorded
   */
  public JsonRouter(
      List<JsonService> services, SigV4Verifier verifier, String region, DecisionLog decisions) {
    this.services = List.copyOf(services);
    this.verifier = verifier;
    this.region = region;
    this.decisions = decisions;
  }

  /** The HTTP answer to one request. */
  public record Answer(int status, byte[] body, String requestId, String errorType) {}

  public Answer answer(IncomingRequest request, String target) {
    String requestId = XmlRenderer.newRequestId();
    int dot = target.lastIndexOf('.');
    String operation = target.substring(dot + 1);
    Deliberation deliberation = decisions.begin(requestId, "auth", operation);
    try {
      String prefix = dot < 0 ? "" : target.substring(0, dot);
      JsonService service =
          services.stream()
              .filter(s -> s.targetPrefix().equals(prefix))
              .findFirst()
              .orElseThrow(() -> unknownOperation(target));
      Caller caller =
          verifier.verify(request, SigV4Verifier.parts(request), service.signingName(), region);
      deliberation.service(service.signingName());
      Deliberation.by(caller.arn());
      if (!service.operations().contains(operation)) {
        throw unknownOperation(target);
      }
      Object result = service.handle(operation, body(request.body()), caller);
      Answer answer = new Answer(200, MAPPER.writeValueAsBytes(result), requestId, null);
      deliberation.allowed();
      return answer;
    } catch (RehearsalException e) {
      deliberation.refused(e);
      return error(e, requestId);
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.errorf(e, "request %s failed", requestId);
      RehearsalException failure =
          new RehearsalException(
              AwsErrorCode.ECR_SERVER,
              "The request processing has failed because of an unknown error.");
      deliberation.refused(failure);
      return error(failure, requestId);
    }
  }

  private static RehearsalException unknownOperation(String target) {
    return new RehearsalException(
        AwsErrorCode.ECR_UNKNOWN_OPERATION, "Unknown operation " + target);
  }

  private static JsonNode body(byte[] body) {
    if (body.length == 0) {
      return MAPPER.createObjectNode();
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw new RehearsalException(
            AwsErrorCode.ECR_SERIALIZATION, "The request body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new RehearsalException(
          AwsErrorCode.ECR_SERIALIZATION, "The request body is not valid JSON");
    }
  }

  public static Answer error(RehearsalException e, String requestId) {
    String type = JSON_NAMES.getOrDefault(e.errorCode(), e.errorCode().code());
    ObjectNode body = MAPPER.createObjectNode();
    body.put("__type", type);
    body.put("message", e.getMessage());
    try {
      return new Answer(
          e.errorCode().httpStatus(), MAPPER.writeValueAsBytes(body), requestId, type);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
