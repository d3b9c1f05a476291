package dev.rehearsal.aws.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.aws.support.CoreExplanations;
import dev.rehearsal.aws.support.DecisionFile;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Seed;
import dev.rehearsal.aws.support.TestIssuer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed flow and its refusals through the AWS CLI v2 (botocore: a signer and an XML parser this
 * project did not write) against the packaged emulator jar, asserting on what the CLI prints.
 */
@QuarkusIntegrationTest
@WithTestResource(EmulatorResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwsCliIntegrationTest {
  private static final String NOT_VALIDATED =
      "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity"
          + " operation: The web identity token that was passed could not be validated by Amazon"
          + " Web Services. Get a new identity token from the identity provider and then retry the"
          + " request.";

  @BeforeAll
  static void requireCli() {
    assumeTrue(AwsCli.available(), "AWS CLI v2 not installed at /usr/bin/aws (Debian awscli)");
  }

  @Test
  @Order(1)
  void getCallerIdentity_withRootKey_printsTheRoot() {
    var result = AwsCli.root("sts", "get-caller-identity");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("\"Arn\": \"arn:aws:iam::000000000000:root\"");
  }

  @Test
  @Order(2)
  void getCallerIdentity_withWrongSecret_printsSignatureDoesNotMatch() {
    var result = AwsCli.run("test", "wrong", "sts", "get-caller-identity");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr())
        .contains(
            "An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity"
                + " operation: The request signature we calculated does not match");
  }

  @Test
  @Order(3)
  void createRole_whenSubNotScoped_printsTheGuardrail() {
    String trust = Seed.TRUST_POLICY.replace("repo:acme/*", "*");

    var result =
        AwsCli.root(
            "iam",
            "create-role",
            "--role-name",
            "Unscoped",
            "--assume-role-policy-document",
            trust);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr())
        .contains(
            "An error occurred (MalformedPolicyDocument) when calling the CreateRole operation:"
                + " Trust policy with trusted principal "
                + Seed.PROVIDER_ARN
                + " must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase,"
                + " token.actions.githubusercontent.com:sub which is not scoped to all.");
  }

  @Test
  @Order(4)
  void seedStack_createdWithTheCli() {
    var provider =
        AwsCli.root(
            "iam",
            "create-open-id-connect-provider",
            "--url",
            TestIssuer.GITHUB,
            "--client-id-list",
            "sts.amazonaws.com",
            "--thumbprint-list",
            "6938fd4d98bab03faadb97b34396831e3780aea1");
    assertThat(provider.exitCode()).as(provider.stderr()).isZero();
    assertThat(provider.stdout()).contains(Seed.PROVIDER_ARN);

    var role =
        AwsCli.root(
            "iam",
            "create-role",
            "--role-name",
            Seed.ROLE,
            "--assume-role-policy-document",
            Seed.TRUST_POLICY);
    assertThat(role.exitCode()).as(role.stderr()).isZero();
    assertThat(role.stdout()).contains("\"Arn\": \"" + Seed.ROLE_ARN + "\"");

    var policy =
        AwsCli.root(
            "iam",
            "put-role-policy",
            "--role-name",
            Seed.ROLE,
            "--policy-name",
            "AllowPushImagesToECR",
            "--policy-document",
            Seed.PUSH_POLICY);
    assertThat(policy.exitCode()).as(policy.stderr()).isZero();

    // The CLI decodes the URL-encoded document IAM returns back into JSON.
    var get = AwsCli.root("iam", "get-role", "--role-name", Seed.ROLE);
    assertThat(get.stdout())
        .contains("\"token.actions.githubusercontent.com:sub\": \"repo:acme/*\"");
  }

  @Test
  @Order(5)
  void assume_whenAcmeAppOnMain_printsCredentials() throws Exception {
    var result = assume(EmulatorResource.issuer().token("acme/app"), Seed.ROLE_ARN);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout())
        .contains("\"AccessKeyId\": \"ASIA")
        .contains(
            "\"Arn\": \"arn:aws:sts::000000000000:assumed-role/GithubOIDCIAMRole/GitHubActions\"")
        .contains("\"SubjectFromWebIdentityToken\": \"repo:acme/app:ref:refs/heads/main\"");
  }

  static Stream<Arguments> refusals() throws Exception {
    TestIssuer github = EmulatorResource.issuer();
    JwtClaims expired = github.claims("acme/app");
    expired.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() - 60));
    JwtClaims early = github.claims("acme/app");
    early.setNotBefore(NumericDate.fromSeconds(Instant.now().getEpochSecond() + 600));
    JwtClaims wrongIssuer = github.claims("acme/app");
    wrongIssuer.setIssuer("https://issuer.invalid");
    JwtClaims wrongAudience = github.claims("acme/app");
    wrongAudience.setAudience("https://github.com/acme");
    return Stream.of(
        Arguments.of("not a JWT", "not-a-jwt", NOT_VALIDATED),
        Arguments.of("alg none", github.unsigned(github.claims("acme/app")), NOT_VALIDATED),
        Arguments.of(
            "HS256 with the public key",
            github.hs256WithPublicKey(github.claims("acme/app")),
            NOT_VALIDATED),
        Arguments.of(
            "unknown kid",
            github.sign(github.claims("acme/app"), jws -> jws.setKeyIdHeaderValue("nope")),
            NOT_VALIDATED),
        Arguments.of(
            "tampered payload",
            TestIssuer.tamper(github.token("evil/app"), github.claims("acme/app")),
            NOT_VALIDATED),
        Arguments.of(
            "expired",
            github.sign(expired, jws -> {}),
            "An error occurred (ExpiredTokenException) when calling the"
                + " AssumeRoleWithWebIdentity operation: Token expired: current date/time"),
        Arguments.of("not yet valid", github.sign(early, jws -> {}), NOT_VALIDATED),
        Arguments.of(
            "wrong issuer",
            github.sign(wrongIssuer, jws -> {}),
            "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity"
                + " operation: No OpenIDConnect provider found in your account for"
                + " https://issuer.invalid"),
        Arguments.of(
            "wrong audience",
            github.sign(wrongAudience, jws -> {}),
            "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity"
                + " operation: Incorrect token audience"),
        Arguments.of(
            "over 20000 characters",
            "a".repeat(20001),
            "An error occurred (ValidationError) when calling the AssumeRoleWithWebIdentity"
                + " operation: 1 validation error detected: Value at 'webIdentityToken' failed"
                + " to satisfy constraint: Member must have length less than or equal to 20000"),
        Arguments.of(
            "trust policy does not match",
            github.token("evil/app"),
            "An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity"
                + " operation: Not authorized to perform sts:AssumeRoleWithWebIdentity"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  @Order(6)
  void assume_whenTokenIsBad_printsStsRefusal(String why, String token, String printed) {
    var result = assume(token, Seed.ROLE_ARN);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains(printed);
  }

  @Test
  @Order(7)
  void assume_whenRoleDoesNotExist_printsAccessDenied() throws Exception {
    var result =
        assume(
            EmulatorResource.issuer().token("acme/app"),
            "arn:aws:iam::000000000000:role/NoSuchRole");

    assertThat(result.stderr())
        .contains(
            "An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity"
                + " operation: Not authorized to perform sts:AssumeRoleWithWebIdentity");
  }

  @Test
  @Order(8)
  void assume_fromAnotherOrganisation_isExplainedInTheDecisionLogByTheRequestIdTheCliSaw()
      throws Exception {
    String token = EmulatorResource.issuer().token("evil/app");

    var result =
        AwsCli.root(
            "--debug",
            "sts",
            "assume-role-with-web-identity",
            "--role-arn",
            Seed.ROLE_ARN,
            "--role-session-name",
            "GitHubActions",
            "--web-identity-token",
            token);

    Matcher header =
        Pattern.compile("'x-amzn-RequestId': '([0-9a-f-]{36})'").matcher(result.stderr());
    assertThat(header.find()).as("botocore's debug log names the request id").isTrue();
    JsonNode record = DecisionFile.await(header.group(1));
    assertThat(record.path("outcome").asText()).isEqualTo("denied");
    List<String> recorded = DecisionFile.explanation(record);
    List<String> core = CoreExplanations.webIdentity(token);
    assertThat(CoreExplanations.steps(recorded)).isEqualTo(CoreExplanations.steps(core));
    assertThat(CoreExplanations.fromTrustPolicy(recorded))
        .isEqualTo(CoreExplanations.fromTrustPolicy(core))
        .anyMatch(line -> line.contains("['repo:evil/app:ref:refs/heads/main'] does not match"));
  }

  private static AwsCli.Result assume(String token, String roleArn) {
    return AwsCli.root(
        "sts",
        "assume-role-with-web-identity",
        "--role-arn",
        roleArn,
        "--role-session-name",
        "GitHubActions",
        "--web-identity-token",
        token);
  }
}
