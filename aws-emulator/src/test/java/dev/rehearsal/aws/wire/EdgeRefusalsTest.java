package dev.rehearsal.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.SignedRequests;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is refused before a service's own checks — by the web framework, the protocol binding or the
 * parameter validation — comes back in the protocol the request spoke (the query protocol's {@code
 * <ErrorResponse>}, JSON 1.1's {@code {"__type", "message"}}), never as a framework page or a 500,
 * and the server stays up.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class EdgeRefusalsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
  private static final String JSON = "application/x-amz-json-1.1";
  private static final String ECR = "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories";

  record Case(String method, String path, String contentType, String target, String body) {}

  static Stream<Arguments> refusals() {
    String manyFields =
        IntStream.range(0, 5000).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
    return Stream.of(
        Arguments.of(
            "an unknown path",
            new Case("GET", "/nope", null, null, null),
            404,
            "<Code>NotFound</Code>"),
        Arguments.of(
            "a query body over 1 MiB",
            new Case("POST", "/", FORM, null, "a".repeat(1_100_000)),
            413,
            "<Code>RequestEntityTooLarge</Code>"),
        Arguments.of(
            "thousands of form fields",
            new Case("POST", "/", FORM, null, manyFields),
            404,
            "<Code>MalformedQueryString</Code>"),
        Arguments.of(
            "a NUL in RoleSessionName (botocore: [\\w+=,.@-]*)",
            new Case("POST", "/", FORM, null, webIdentity("a\u0000b")),
            400,
            "<Code>ValidationError</Code>"),
        Arguments.of(
            "another API version",
            new Case(
                "POST",
                "/",
                FORM,
                null,
                webIdentity("GitHubActions").replace("2011-06-15", "2099-01-01")),
            400,
            "Could not find operation AssumeRoleWithWebIdentity for version 2099-01-01"),
        Arguments.of(
            "an ECR target sent as application/json",
            new Case("POST", "/", "application/json", ECR, "{}"),
            403,
            "{\"__type\":\"MissingAuthenticationTokenException\""),
        Arguments.of(
            "a JSON body over 16 MiB",
            new Case("POST", "/", JSON, ECR, "a".repeat(17_000_000)),
            413,
            "{\"__type\":\"RequestEntityTooLarge\""),
        Arguments.of(
            "a JSON target no service here serves",
            new Case("POST", "/", JSON, "Logs_20140328.PutLogEvents", "{}"),
            400,
            "{\"__type\":\"UnknownOperationException\""));
  }

  private static String webIdentity(String sessionName) {
    return "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
        + "&RoleArn=arn:aws:iam::000000000000:role/GithubOIDCIAMRole&RoleSessionName="
        + URLEncoder.encode(sessionName, StandardCharsets.UTF_8)
        + "&WebIdentityToken=abcd";
  }

  private static HttpResponse<String> send(Case c) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Clients.endpoint().resolve(c.path()))
            .method(
                c.method(),
                c.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(c.body()));
    if (c.contentType() != null) {
      request.header("Content-Type", c.contentType());
    }
    if (c.target() != null) {
      request.header("X-Amz-Target", c.target());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusal_isInTheProtocolsOwnShape_andTheServerStaysUp(
      String what, Case request, int status, String expected) throws Exception {
    HttpResponse<String> answer = send(request);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(expected);
    assertThat(answer.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(send(new Case("GET", "/_rehearsal/ready", null, null, null)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anySignedEcrBody_isAnsweredInJson_neverA500() {
    qt().withExamples(200)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(
            body -> {
              try {
                HttpResponse<String> answer = signedEcr("CreateRepository", body);
                assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 499);
                assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValue(JsonRouter.CONTENT_TYPE);
                if (answer.statusCode() >= 400) {
                  assertThat(answer.body()).startsWith("{\"__type\":");
                }
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  /** A JSON 1.1 call to ECR with {@code body}, signed by the AWS SDK v2's own signer. */
  private static HttpResponse<String> signedEcr(String operation, String body) throws Exception {
    return SignedRequests.post(
        "ecr",
        "us-east-1",
        body.getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        JSON,
        "X-Amz-Target",
        "AmazonEC2ContainerRegistry_V20150921." + operation);
  }

  @Test
  void anyRoleSessionName_isAnsweredWithAnXmlErrorOrSuccess_neverA500() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(
            name -> {
              try {
                HttpResponse<String> answer =
                    send(new Case("POST", "/", FORM, null, webIdentity(name)));
                assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
                assertThat(answer.body()).startsWith("<ErrorResponse");
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
