package dev.rehearsal.aws.wire;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IncomingRequest;
import dev.rehearsal.aws.auth.SigV4Verifier;
import dev.rehearsal.aws.auth.SignatureParts;
import dev.rehearsal.aws.decisions.DecisionLog;
import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Routes a query-protocol request to IAM or STS by its SigV4 credential scope (the AWS SDK and CLI
 * send both to one endpoint when {@code --endpoint-url} is set), or, for an unsigned call, by its
 * {@code Action}; verifies the signature unless AWS accepts the action unsigned; and renders the
 * answer or the error in AWS's XML.
 */
public final class QueryRouter {
  private static final Logger LOG = Logger.getLogger(QueryRouter.class);

  private final List<QueryService> services;
  private final SigV4Verifier verifier;
  private final String region;
  private final DecisionLog decisions;

  /**
   * @param region the one region this emulator is, which a regional service's scope must name
   * @param decisions where each request's decision is recorded
   */
  public QueryRouter(
      List<QueryService> services, SigV4Verifier verifier, String region, DecisionLog decisions) {
    this.services = List.copyOf(services);
    this.verifier = verifier;
    this.region = region;
    this.decisions = decisions;
  }

  /** The HTTP answer to one request. */
  public record Answer(int status, String body, String requestId) {}

  public Answer answer(IncomingRequest request, String body) {
    String requestId = XmlRenderer.newRequestId();
    QueryService service = services.get(0);
    Deliberation deliberation = decisions.begin(requestId, "auth", "");
    try {
      QueryParams params = QueryParams.of(request.query()).with(QueryParams.parse(body));
      String action = params.get("Action").orElse("");
      deliberation.action(action);
      Optional<SignatureParts> signature = SigV4Verifier.parts(request);
      service = route(signature, action);
      Optional<Caller> caller =
          service.unsignedActions().contains(action)
              ? Optional.empty()
              : Optional.of(
                  verifier.verify(
                      request,
                      signature,
                      service.service().signingName(),
                      service.service().global() ? AwsService.GLOBAL_REGION : region));
      deliberation.service(service.service().signingName());
      caller.ifPresent(signer -> Deliberation.by(signer.arn()));
      if (action.isEmpty()) {
        throw new RehearsalException(
            AwsErrorCode.MISSING_PARAMETER, "The request must contain the parameter Action");
      }
      if (!service.actions().contains(action)) {
        throw new RehearsalException(
            AwsErrorCode.INVALID_ACTION,
            "Could not find operation "
                + action
                + " for version "
                + service.service().apiVersion());
      }
      Optional<String> version = params.get("Version");
      if (version.isPresent() && !version.get().equals(service.service().apiVersion())) {
        // The query protocol's Version names the API an action belongs to: another one has no
        // such operation (the same InvalidAction text AWS gives an unknown action).
        throw new RehearsalException(
            AwsErrorCode.INVALID_ACTION,
            "Could not find operation " + action + " for version " + version.get());
      }
      Optional<XmlBody> result =
          caller.isPresent()
              ? service.handle(action, params, caller)
              : service.handleUnsigned(action, params, request.sourceIp());
      Answer answer =
          new Answer(
              200, XmlRenderer.response(service.service(), action, result, requestId), requestId);
      deliberation.allowed();
      return answer;
    } catch (RehearsalException e) {
      deliberation.refused(e);
      return error(service, e, requestId);
    } catch (RuntimeException e) {
      LOG.errorf(e, "request %s failed", requestId);
      RehearsalException failure =
          new RehearsalException(
              AwsErrorCode.SERVICE_FAILURE,
              "The request processing has failed because of an unknown error.");
      deliberation.refused(failure);
      return error(service, failure, requestId);
    }
  }

  /** The answer to a request whose URL could not even be decoded. */
  public Answer malformed(RehearsalException e) {
    return error(services.get(0), e, XmlRenderer.newRequestId());
  }

  private static Answer error(QueryService service, RehearsalException e, String requestId) {
    AwsErrorCode code = e.errorCode();
    return new Answer(
        code.httpStatus(),
        XmlRenderer.error(
            service.service(),
            code.senderFault() ? "Sender" : "Receiver",
            code.code(),
            e.getMessage(),
            requestId),
        requestId);
  }

  private QueryService route(Optional<SignatureParts> signature, String action) {
    if (signature.isPresent()) {
      String scope = signature.get().service();
      for (QueryService service : services) {
        if (service.service().signingName().equals(scope)) {
          return service;
        }
      }
      // A client of a service this emulator does not serve (S3, EC2, …) learns that,
      // in the query protocol it speaks, rather than another service's refusal.
      throw new RehearsalException(
          AwsErrorCode.INVALID_ACTION,
          "The service '"
              + scope
              + "' is not emulated here: this endpoint serves "
              + String.join(", ", services.stream().map(s -> s.service().signingName()).toList())
              + " on the query protocol, ecr on JSON 1.1 and ECR's registry on /v2/");
    }
    for (QueryService service : services) {
      if (service.actions().contains(action)) {
        return service;
      }
    }
    return services.get(0);
  }
}
