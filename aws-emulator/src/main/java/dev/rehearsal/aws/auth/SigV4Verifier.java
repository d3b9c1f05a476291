package dev.rehearsal.aws.auth;

import dev.rehearsal.aws.decisions.Deliberation;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.RequestOrigin;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4Properties;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4RequestSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Verifies a request's SigV4 signature by signing it again with the AWS SDK v2's own signer and the
 * stored secret, so that the emulator agrees with AWS's clients by construction (the AWS CLI, whose
 * signer is botocore's, keeps it honest in tests). Header and presigned-query forms; payload hash;
 * the date within 15 minutes of now (IAM API Reference, "Common Errors": {@code RequestExpired}).
 */
public final class SigV4Verifier {
  static final Duration SKEW = Duration.ofMinutes(15);
  static final String MISSING_TOKEN = "Request is missing Authentication Token";
  static final String MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  /** What the public signer adds to a presigned URL itself, from the identity and the clock. */
  private static final Set<String> SIGNER_HEADERS = Set.of("x-amz-date", "x-amz-security-token");

  private static final Set<String> PRESIGN_PARAMETERS =
      Set.of(
          "X-Amz-Algorithm",
          "X-Amz-Credential",
          "X-Amz-Date",
          "X-Amz-Expires",
          "X-Amz-SignedHeaders",
          "X-Amz-Signature",
          "X-Amz-Security-Token");

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private final Credentials credentials;
  private final Clock clock;

  public SigV4Verifier(Credentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  /**
   * The signature elements of {@code request}, or empty when it carries none (an unsigned call).
   */
  public static Optional<SignatureParts> parts(IncomingRequest request) {
    Optional<String> authorization = request.header("authorization");
    if (authorization.isPresent()) {
      return Optional.of(SignatureParts.fromHeader(authorization.get(), request));
    }
    if (request.queryParameter("X-Amz-Algorithm").isPresent()) {
      return Optional.of(SignatureParts.fromQuery(request));
    }
    return Optional.empty();
  }

  /**
   * @param service the service the request reached, as its credential scope must name it
   * @param region the region the request's credential scope must name ({@code us-east-1} for a
   *     global service such as IAM)
   * @return who signed the request
   * @throws RehearsalException with AWS's code and message when the signature does not hold
   */
  public Caller verify(
      IncomingRequest request, Optional<SignatureParts> maybeParts, String service, String region) {
    if (maybeParts.isEmpty()) {
      Deliberation.explainLine(SignatureExplanation.unsigned());
      throw new RehearsalException(AwsErrorCode.MISSING_AUTHENTICATION_TOKEN, MISSING_TOKEN);
    }
    SignatureParts parts = maybeParts.get();
    Instant now = clock.instant();
    try {
      Caller caller = check(request, parts, service, region, now);
      Deliberation.explain(() -> List.of(SignatureExplanation.passed(parts)));
      return caller;
    } catch (RehearsalException e) {
      Deliberation.explain(
          () -> SignatureExplanation.refused(parts, request, service, region, now, e.getMessage()));
      throw e;
    }
  }

  private Caller check(
      IncomingRequest request, SignatureParts parts, String service, String region, Instant now) {
    Credentials.Resolved key = credentials.resolve(parts.accessKeyId(), parts.securityToken(), now);
    checkScope(parts, service, region);
    checkSignedHeaders(parts);
    checkTime(parts, now);
    for (boolean signPayload : parts.presigned() ? List.of(true, false) : List.of(true)) {
      String expected = sign(request, parts, key, signPayload);
      if (MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          parts.signature().getBytes(StandardCharsets.US_ASCII))) {
        // AWS's STS, IAM and ECR endpoints take HTTPS only: every request they answer has
        // aws:SecureTransport true, and so do the emulator's, though it listens on loopback HTTP.
        return key.caller().from(new RequestOrigin(region, now, true, request.sourceIp()));
      }
    }
    throw new RehearsalException(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH, MISMATCH);
  }

  /**
   * A signature scoped to another region or service is refused as AWS refuses it, trailing space
   * included ("Credential should be scoped to a valid region, not 'ap-southeast-2'. ", STS's answer
   * quoted in cognitect-labs/aws-api#27; "Credential should be scoped to correct service: 'batch'.
   * ", quoted in cllunsford/aws-signing-proxy#25). A global service (IAM, and STS's global
   * endpoint) takes {@code us-east-1} (AWS General Reference, "Signature Version 4 elements": "use
   * the default region (us-east-1)").
   */
  private static void checkScope(SignatureParts parts, String service, String region) {
    if (!parts.region().equals(region)) {
      throw new RehearsalException(
          AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Credential should be scoped to a valid region, not '" + parts.region() + "'. ");
    }
    if (!parts.service().equals(service)) {
      throw new RehearsalException(
          AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Credential should be scoped to correct service: '" + service + "'. ");
    }
  }

  private static void checkTime(SignatureParts parts, Instant now) {
    String signed = SignatureParts.AMZ_DATE.format(parts.signedAt().atOffset(ZoneOffset.UTC));
    // Texts as STS and IAM send them for a clock outside the window.
    String nowText = SignatureParts.AMZ_DATE.format(now.atOffset(ZoneOffset.UTC));
    if (parts.presigned()) {
      // A presigned URL is valid from its date (within the skew: a URL signed in the future is
      // not yet current) for X-Amz-Expires seconds.
      if (now.isAfter(parts.signedAt().plus(parts.expires().get()))) {
        throw new RehearsalException(AwsErrorCode.REQUEST_EXPIRED, "Request has expired.");
      }
      if (parts.signedAt().isAfter(now.plus(SKEW))) {
        throw notYetCurrent(signed, now, nowText);
      }
      return;
    }
    if (parts.signedAt().isBefore(now.minus(SKEW))) {
      String limit = SignatureParts.AMZ_DATE.format(now.minus(SKEW).atOffset(ZoneOffset.UTC));
      throw new RehearsalException(
          AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Signature expired: "
              + signed
              + " is now earlier than "
              + limit
              + " ("
              + nowText
              + " - 15 min.)");
    }
    if (parts.signedAt().isAfter(now.plus(SKEW))) {
      throw notYetCurrent(signed, now, nowText);
    }
  }

  private static RehearsalException notYetCurrent(String signed, Instant now, String nowText) {
    String limit = SignatureParts.AMZ_DATE.format(now.plus(SKEW).atOffset(ZoneOffset.UTC));
    return new RehearsalException(
        AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
        "Signature not yet current: "
            + signed
            + " is still later than "
            + limit
            + " ("
            + nowText
            + " + 15 min.)");
  }

  /**
   * What a signature must cover: the host always, and the date for a header signature, so that a
   * captured signature cannot be replayed to another host or outside its window (AWS's answer for a
   * missing host: "'Host' must be a 'SignedHeader' in the AWS Authorization.", quoted in
   * NetSPI/AWSSigner#3 and babbel/okhttp-aws-signer#10; the date's is shaped like it).
   */
  private static void checkSignedHeaders(SignatureParts parts) {
    if (!parts.signedHeaders().contains("host")) {
      throw new RehearsalException(
          AwsErrorCode.INCOMPLETE_SIGNATURE,
          "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }
    if (!parts.presigned()
        && !parts.signedHeaders().contains("x-amz-date")
        && !parts.signedHeaders().contains("date")) {
      throw new RehearsalException(
          AwsErrorCode.INCOMPLETE_SIGNATURE,
          "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.");
    }
  }

  private static String sign(
      IncomingRequest request,
      SignatureParts parts,
      Credentials.Resolved key,
      boolean signPayload) {
    AwsCredentialsIdentity identity =
        key.sessionToken().isPresent()
            ? AwsSessionCredentialsIdentity.create(
                parts.accessKeyId(), key.secretKey(), key.sessionToken().get())
            : AwsCredentialsIdentity.create(parts.accessKeyId(), key.secretKey());
    return parts.presigned()
        ? presignedSignature(request, parts, identity, signPayload)
        : headerSignature(request, parts, identity);
  }

  /**
   * The header form, signed by the SDK's V4 request signer — the step of {@code AwsV4HttpSigner}
   * that computes the signature — over exactly the headers the client signed. The public signer
   * would add and sign {@code x-amz-content-sha256}, which the SDK v2 sends but botocore does not.
   */
  private static String headerSignature(
      IncomingRequest request, SignatureParts parts, AwsCredentialsIdentity identity) {
    V4Properties properties =
        V4Properties.builder()
            .credentials(identity)
            .credentialScope(new CredentialScope(parts.region(), parts.service(), parts.signedAt()))
            .signingClock(Clock.fixed(parts.signedAt(), ZoneOffset.UTC))
            .doubleUrlEncode(true)
            .normalizePath(true)
            .build();
    String payloadHash = HexFormat.of().formatHex(sha256(request.body()));
    SdkHttpRequest.Builder canonical = canonicalInput(request, parts, Set.of()).toBuilder();
    return V4RequestSigner.create(properties, payloadHash).sign(canonical).getSignature();
  }

  /** The presigned form, re-signed by the public {@code AwsV4HttpSigner}. */
  private static String presignedSignature(
      IncomingRequest request,
      SignatureParts parts,
      AwsCredentialsIdentity identity,
      boolean signPayload) {
    SignRequest<AwsCredentialsIdentity> sign =
        SignRequest.builder(identity)
            .request(canonicalInput(request, parts, SIGNER_HEADERS))
            .payload(ContentStreamProvider.fromByteArrayUnsafe(request.body()))
            .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, parts.service())
            .putProperty(AwsV4HttpSigner.REGION_NAME, parts.region())
            .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(parts.signedAt(), ZoneOffset.UTC))
            .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, signPayload)
            .putProperty(
                AwsV4FamilyHttpSigner.AUTH_LOCATION,
                AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
            .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, parts.expires().get())
            .build();
    return SIGNER.sign(sign).request().firstMatchingRawQueryParameter("X-Amz-Signature").orElse("");
  }

  static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** The request with only the headers the client signed, and no signature of its own. */
  private static SdkHttpRequest canonicalInput(
      IncomingRequest request, SignatureParts parts, Set<String> addedBySigner) {
    String host = request.header("host").orElse("127.0.0.1");
    URI uri = URI.create("http://" + host);
    SdkHttpFullRequest.Builder builder =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.fromValue(request.method()))
            .protocol("http")
            .host(uri.getHost())
            .port(uri.getPort())
            .encodedPath(request.path());
    for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
      if (!parts.presigned() || !PRESIGN_PARAMETERS.contains(parameter.getKey())) {
        builder.putRawQueryParameter(parameter.getKey(), parameter.getValue());
      }
    }
    for (String name : parts.signedHeaders()) {
      List<String> values = request.headers().get(name);
      if (values != null && !addedBySigner.contains(name)) {
        builder.putHeader(name, values);
      }
    }
    return builder.build();
  }
}
