package dev.rehearsal.aws.auth;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SigV4 elements of a request, from its {@code Authorization} header or its presigned query
 * ({@code X-Amz-Credential}, {@code X-Amz-Signature}, …): the key id, the credential scope, the
 * signed headers, the signature and the signing time.
 */
public record SignatureParts(
    String accessKeyId,
    String date,
    String region,
    String service,
    List<String> signedHeaders,
    String signature,
    Instant signedAt,
    Optional<Duration> expires,
    Optional<String> securityToken) {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final long MAX_EXPIRES = 604_800;
  static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  public boolean presigned() {
    return expires.isPresent();
  }

  /**
   * Parses {@code AWS4-HMAC-SHA256 Credential=K/D/R/S/aws4_request, SignedHeaders=…, Signature=…}.
   */
  static SignatureParts fromHeader(String authorization, IncomingRequest request) {
    if (!authorization.startsWith(ALGORITHM + " ")) {
      throw incomplete(
          "Unsupported AWS 'algorithm': '" + authorization.split(" ", 2)[0] + "'", authorization);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    Optional<String> amzDate = request.header("x-amz-date");
    // The message lists every missing element, as AWS's IncompleteSignature does.
    List<String> missing = new ArrayList<>();
    for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!fields.containsKey(name)) {
        missing.add("Authorization header requires '" + name + "' parameter.");
      }
    }
    if (amzDate.isEmpty()) {
      missing.add(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    if (!missing.isEmpty()) {
      throw incomplete(String.join(" ", missing), authorization);
    }
    String[] scope = scope(fields.get("Credential"), authorization);
    return new SignatureParts(
        scope[0],
        scope[1],
        scope[2],
        scope[3],
        List.of(fields.get("SignedHeaders").split(";")),
        fields.get("Signature"),
        time(amzDate.get(), authorization),
        Optional.empty(),
        request.header("x-amz-security-token"));
  }

  /** Parses the {@code X-Amz-*} query parameters of a presigned URL. */
  static SignatureParts fromQuery(IncomingRequest request) {
    String algorithm = request.queryParameter("X-Amz-Algorithm").orElse("");
    if (!algorithm.equals(ALGORITHM)) {
      throw incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'", "");
    }
    List<String> missing = new ArrayList<>();
    for (String name :
        List.of(
            "X-Amz-Credential",
            "X-Amz-Signature",
            "X-Amz-SignedHeaders",
            "X-Amz-Date",
            "X-Amz-Expires")) {
      if (request.queryParameter(name).isEmpty()) {
        missing.add("AWS query-string parameters must include '" + name + "'.");
      }
    }
    if (!missing.isEmpty()) {
      throw incomplete(String.join(" ", missing) + " Re-examine the query-string parameters.", "");
    }
    String credential = request.queryParameter("X-Amz-Credential").get();
    String[] scope = scope(credential, credential);
    long expires;
    try {
      expires = Long.parseLong(request.queryParameter("X-Amz-Expires").get());
    } catch (NumberFormatException e) {
      throw incomplete("X-Amz-Expires must be a number of seconds.", "");
    }
    // SigV4 presigned URLs live at most a week (AWS's refusal: "X-Amz-Expires must be less than a
    // week (in seconds) that is 604800"), and at least a second.
    if (expires > MAX_EXPIRES) {
      throw incomplete(
          "X-Amz-Expires must be less than a week (in seconds) that is " + MAX_EXPIRES, "");
    }
    if (expires < 1) {
      throw incomplete("X-Amz-Expires must be a positive number of seconds.", "");
    }
    return new SignatureParts(
        scope[0],
        scope[1],
        scope[2],
        scope[3],
        List.of(request.queryParameter("X-Amz-SignedHeaders").get().split(";")),
        request.queryParameter("X-Amz-Signature").get(),
        time(request.queryParameter("X-Amz-Date").get(), credential),
        Optional.of(Duration.ofSeconds(expires)),
        request.queryParameter("X-Amz-Security-Token"));
  }

  private static String[] scope(String credential, String context) {
    String[] parts = credential.split("/");
    if (parts.length != 5 || !parts[4].equals("aws4_request") || parts[0].isEmpty()) {
      throw incomplete(
          "Credential must have exactly 5 slash-delimited elements, e.g."
              + " keyid/date/region/service/term, got '"
              + credential
              + "'",
          context);
    }
    return parts;
  }

  private static Instant time(String amzDate, String context) {
    try {
      return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw incomplete(
          "Date must be in ISO-8601 'basic format'. Got '"
              + amzDate
              + "'. See http://en.wikipedia.org/wiki/ISO_8601",
          context);
    }
  }

  private static RehearsalException incomplete(String message, String authorization) {
    String suffix = authorization.isEmpty() ? "" : " Authorization=" + authorization;
    return new RehearsalException(AwsErrorCode.INCOMPLETE_SIGNATURE, message + suffix);
  }
}
