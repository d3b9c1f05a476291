package dev.rehearsal.aws.decisions;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * One decision as the log keeps it (one JSON object per line of {@code decisions.jsonl}; the fields
 * are a contract with {@code rehearse explain} and the page, see the module's README). Nothing
 * secret is in it: no token, signature, secret key or session token, only what the deciding checks
 * found (ARNs, claim values, policy statements).
 *
 * @param requestId the id AWS clients print ({@code x-amzn-RequestId})
 * @param service {@code sts}, {@code iam}, {@code ecr}, {@code registry}, {@code cloudformation},
 *     or {@code auth} when the signature was refused before a service saw the request
 * @param caller the signer's ARN, or {@code anonymous}
 * @param resource the ARN acted on, when known
 * @param outcome {@code allowed}, {@code denied} (an authorisation refused) or {@code refused}
 * @param errorCode the AWS error code answered, or null
 * @param message the error message answered, or null
 * @param summary one line: who asked what, allowed or why not
 * @param explanation core's lines: each check in AWS's order, statements, conditions and values
 */
public record DecisionRecord(
    String requestId,
    Instant time,
    String service,
    String action,
    String caller,
    String resource,
    String outcome,
    String errorCode,
    String message,
    String summary,
    List<String> explanation) {
  public DecisionRecord {
    explanation = List.copyOf(explanation);
  }

  /**
   * The record as one JSON object, fields in the order above, {@code time} in ISO-8601 UTC; written
   * field by field: the log writes thousands a second on a busy rehearsal.
   */
  void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("requestId", requestId);
    json.writeStringField("time", time.toString());
    json.writeStringField("service", service);
    json.writeStringField("action", action);
    json.writeStringField("caller", caller);
    json.writeStringField("resource", resource);
    json.writeStringField("outcome", outcome);
    json.writeStringField("errorCode", errorCode);
    json.writeStringField("message", message);
    json.writeStringField("summary", summary);
    json.writeArrayFieldStart("explanation");
    for (String line : explanation) {
      json.writeString(line);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** How the request was answered. */
  record Verdict(String outcome, String errorCode, String message) {}

  static DecisionRecord of(
      String requestId,
      Instant time,
      String service,
      String action,
      String caller,
      String resource,
      Verdict verdict,
      String reason,
      List<String> explanation) {
    StringBuilder summary = new StringBuilder(caller).append(" asked ").append(service);
    summary.append(':').append(action);
    if (resource != null) {
      summary.append(" on ").append(resource);
    }
    summary.append(": ").append(verdict.outcome());
    if (verdict.errorCode() != null) {
      summary
          .append(" (")
          .append(verdict.errorCode())
          .append(") — ")
          .append(reason != null ? reason : verdict.message());
    }
    return new DecisionRecord(
        requestId,
        time,
        service,
        action,
        caller,
        resource,
        verdict.outcome(),
        verdict.errorCode(),
        verdict.message(),
        summary.toString(),
        explanation);
  }
}
