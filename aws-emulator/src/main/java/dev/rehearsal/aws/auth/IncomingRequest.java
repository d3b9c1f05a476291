package dev.rehearsal.aws.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as it arrived, with what SigV4 signs: method, {@code Host}, path, the decoded
 * query parameters, every header (names lower-case) and the body's bytes; and the address it came
 * from ({@code aws:SourceIp}), when known.
 */
public record IncomingRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body,
    Optional<String> sourceIp) {

  /** A request from an unknown address. */
  public IncomingRequest(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body) {
    this(method, path, query, headers, body, Optional.empty());
  }

  public Optional<String> header(String lowerCaseName) {
    List<String> values = headers.get(lowerCaseName);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public Optional<String> queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
