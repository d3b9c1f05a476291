package dev.rehearsal.aws.sts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.SignedRequests;
import dev.rehearsal.aws.support.StsErrors;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4 as STS enforces it (IAM API Reference, "Common Errors"; "Signing AWS API requests"), with
 * the AWS SDK for Java v2 as the client.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class SigV4Test {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String BODY = "Action=GetCallerIdentity&Version=2011-06-15";

  @Test
  void getCallerIdentity_whenSignedWithRootKey_answersTheAccountRoot() {
    try (var sts = Clients.sts(Clients.ROOT)) {
      var identity = sts.getCallerIdentity();

      assertThat(identity.account()).isEqualTo("000000000000");
      assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:root");
      assertThat(identity.userId()).isEqualTo("000000000000");
    }
  }

  @Test
  void getCallerIdentity_whenSecretIsWrong_isSignatureDoesNotMatch403() {
    try (var sts = Clients.sts(AwsBasicCredentials.create("test", "not-the-secret"))) {
      StsErrors.assertRefusedMatching(
          sts::getCallerIdentity,
          403,
          "SignatureDoesNotMatch",
          "The request signature we calculated does not match.*");
    }
  }

  @Test
  void getCallerIdentity_whenKeyIsUnknown_isInvalidClientTokenId403() {
    try (var sts = Clients.sts(AwsBasicCredentials.create("AKIAUNKNOWN000000000", "x"))) {
      StsErrors.assertRefused(
          sts::getCallerIdentity,
          403,
          "InvalidClientTokenId",
          "The security token included in the request is invalid.");
    }
  }

  @Test
  void getCallerIdentity_whenUnsigned_isMissingAuthenticationToken403() throws Exception {
    HttpResponse<String> response = post(BODY, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("<Code>MissingAuthenticationToken</Code>")
        .contains("<Message>Request is missing Authentication Token</Message>")
        .contains("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">");
  }

  @Test
  void getCallerIdentity_whenAuthorizationLacksSignature_isIncompleteSignature400()
      throws Exception {
    HttpResponse<String> response =
        post(
            BODY,
            "AWS4-HMAC-SHA256 Credential=test/20261125/us-east-1/sts/aws4_request,"
                + " SignedHeaders=host;x-amz-date");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>IncompleteSignature</Code>")
        .contains("Authorization header requires 'Signature' parameter.");
  }

  @Test
  void getCallerIdentity_whenSignedTwentyMinutesAgo_isRefusedAsExpired() throws Exception {
    SdkHttpRequest signed = sign(Instant.now().minus(Duration.ofMinutes(20)), false);

    HttpResponse<String> response = send(signed, BODY);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("<Code>SignatureDoesNotMatch</Code>")
        .containsPattern("Signature expired: \\d{8}T\\d{6}Z is now earlier than");
  }

  @Test
  void getCallerIdentity_whenSignedJustNow_isAccepted() throws Exception {
    HttpResponse<String> response = send(sign(Instant.now(), false), BODY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<Arn>arn:aws:iam::000000000000:root</Arn>");
  }

  @Test
  void getCallerIdentity_whenBodyChangedAfterSigning_isSignatureDoesNotMatch() throws Exception {
    SdkHttpRequest signed = sign(Instant.now(), false);

    HttpResponse<String> response = send(signed, BODY + "&Extra=1");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>");
  }

  @Test
  void getCallerIdentity_whenPresigned_isAcceptedByGet() throws Exception {
    SdkHttpRequest presigned = sign(Instant.now(), true);

    HttpResponse<String> response = send(presigned, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<Account>000000000000</Account>");
  }

  @Test
  void getCallerIdentity_whenPresignedUrlHasExpired_isRequestExpired400() throws Exception {
    SdkHttpRequest presigned = sign(Instant.now().minus(Duration.ofMinutes(10)), true);

    HttpResponse<String> response = send(presigned, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>RequestExpired</Code>");
  }

  @Test
  void unknownAction_whenSigned_isInvalidAction() throws Exception {
    SdkHttpRequest signed = signBody("Action=DescribeNothing&Version=2011-06-15", Instant.now());
    HttpResponse<String> response = send(signed, "Action=DescribeNothing&Version=2011-06-15");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidAction</Code>")
        .contains("Could not find operation DescribeNothing for version 2011-06-15");
  }

  @Test
  void readiness_answersWithoutAuthentication() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(Clients.endpoint().resolve("/_rehearsal/ready")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void malformedFormBody_isMalformedQueryString() throws Exception {
    HttpResponse<String> response = post("Action=GetCallerIdentity&Version=%zz", null);

    assertThat(response.body()).contains("<Code>MalformedQueryString</Code>");
  }

  private static SdkHttpRequest sign(Instant at, boolean presign) {
    if (!presign) {
      return signBody(BODY, at);
    }
    URI endpoint = Clients.endpoint();
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(endpoint)
            .encodedPath("/")
            .putRawQueryParameter("Action", "GetCallerIdentity")
            .putRawQueryParameter("Version", "2011-06-15")
            .build();
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.identity(AwsCredentialsIdentity.create("test", "test"))
                    .request(request)
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "sts")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))
                    .putProperty(
                        AwsV4FamilyHttpSigner.AUTH_LOCATION,
                        AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(5)))
        .request();
  }

  private static SdkHttpRequest signBody(String body, Instant at) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(Clients.endpoint())
            .encodedPath("/")
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .build();
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.identity(AwsCredentialsIdentity.create("test", "test"))
                    .request(request)
                    .payload(ContentStreamProvider.fromUtf8String(body))
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "sts")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)))
        .request();
  }

  private static HttpResponse<String> send(SdkHttpRequest signed, String body) throws Exception {
    return SignedRequests.send(signed, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Clients.endpoint().resolve("/"))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization).header("X-Amz-Date", "20261125T000000Z");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
