package dev.rehearsal.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.SignedRequests;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * A signature's credential scope must name the region and the service the request reached, and a
 * session token must belong to the key that signs, as AWS checks them; each refusal in the
 * service's own protocol.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class CredentialScopeTest {
  @Test
  void sts_signedForAnotherRegion_isSignatureDoesNotMatch_asStsWordsIt() {
    try (StsClient sts =
        StsClient.builder()
            .endpointOverride(Clients.endpoint())
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(Clients.ROOT))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      assertThatThrownBy(sts::getCallerIdentity)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Credential should be scoped to a valid region, not 'eu-west-1'. ");
              });
    }
  }

  @Test
  void ecr_signedForAnotherRegion_isInvalidSignatureException() {
    try (EcrClient ecr =
        EcrClient.builder()
            .endpointOverride(Clients.endpoint())
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(Clients.ROOT))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      assertThatThrownBy(ecr::describeRepositories)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Credential should be scoped to a valid region, not 'eu-west-1'. ");
              });
    }
  }

  @Test
  void query_signedForAServiceNotServedHere_isInvalidAction_namingIt() throws Exception {
    String body = "Action=GetCallerIdentity&Version=2011-06-15";
    HttpResponse<String> answer =
        SignedRequests.post(
            "s3",
            "us-east-1",
            body.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/x-www-form-urlencoded; charset=utf-8");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("<Code>InvalidAction</Code>")
        .contains("The service 's3' is not emulated here: this endpoint serves sts, iam");
  }

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  static Stream<Arguments> malformed() {
    String now = AMZ_DATE.format(Instant.now());
    String tomorrow = AMZ_DATE.format(Instant.now().plus(Duration.ofDays(1)));
    String credential = "test/" + now.substring(0, 8) + "/us-east-1/sts/aws4_request";
    String presigned =
        "/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential="
            + credential.replace("/", "%2F")
            + "&X-Amz-SignedHeaders=host&X-Amz-Signature=00";
    return Stream.of(
        Arguments.of(
            presigned + "&X-Amz-Date=" + now + "&X-Amz-Expires=604801",
            null,
            400,
            "X-Amz-Expires must be less than a week (in seconds) that is 604800"),
        Arguments.of(
            presigned + "&X-Amz-Date=" + now + "&X-Amz-Expires=9223372036854775807",
            null,
            400,
            "X-Amz-Expires must be less than a week"),
        Arguments.of(
            presigned + "&X-Amz-Date=" + now + "&X-Amz-Expires=0",
            null,
            400,
            "X-Amz-Expires must be a positive number of seconds."),
        Arguments.of(
            presigned + "&X-Amz-Date=" + tomorrow + "&X-Amz-Expires=60",
            null,
            403,
            "Signature not yet current: " + tomorrow),
        Arguments.of(
            "/?Action=GetCallerIdentity&Version=2011-06-15",
            "AWS4-HMAC-SHA256 Credential="
                + credential
                + ", SignedHeaders=x-amz-date, Signature=00",
            400,
            "'Host' must be a 'SignedHeader' in the AWS Authorization."),
        Arguments.of(
            "/?Action=GetCallerIdentity&Version=2011-06-15",
            "AWS4-HMAC-SHA256 Credential=" + credential + ", SignedHeaders=host, Signature=00",
            400,
            "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization."));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void signature_malformedOrOutOfItsWindow_isRefusedWithAwsText_never500(
      String pathAndQuery, String authorization, int status, String message) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Clients.endpoint() + pathAndQuery)).GET();
    if (authorization != null) {
      request
          .header("Authorization", authorization)
          .header("X-Amz-Date", AMZ_DATE.format(Instant.now()));
    }

    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(message);
  }

  @Test
  void rootKey_withASessionToken_isInvalidClientTokenId_notTheRoot() {
    try (StsClient sts =
        Clients.sts(AwsSessionCredentials.create("test", "test", "Zm9yZ2VkIHRva2Vu"))) {
      assertThatThrownBy(sts::getCallerIdentity)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is invalid.");
              });
    }
  }
}
