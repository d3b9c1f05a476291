package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.LocalStack;
import dev.rehearsal.e2e.support.LocalStackSeed;
import dev.rehearsal.e2e.support.OidcAdmin;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import dev.rehearsal.e2e.support.SignedClients;
import dev.rehearsal.provisioner.aws.AwsClients;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDetail;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * What LocalStack's free image accepts that AWS — and the aws-emulator — refuses, side by side: the
 * same seed stack in both, the same tokens from the oidc-emulator. LocalStack's STS hands out
 * credentials for any web identity token and any role, and its CloudFormation reports the seed's
 * stack created while it skipped the OIDC provider. Measured on {@value LocalStack#DEFAULT_IMAGE};
 * with {@code LOCALSTACK_AUTH_TOKEN} (a paid image) the class is skipped, as it pins the free one.
 */
class LocalStackDifferentialIntegrationTest {
  /** LocalStack, and beside it the emulators: the oidc-emulator signs the tokens both are given. */
  @RegisterExtension static final LocalStack localStack = LocalStack.fromEnvironment().withSeed();

  private static final SeedWorld world = localStack.world();

  @BeforeEach
  void onlyTheFreeImage() {
    assumeFalse(
        localStack.paid(),
        "pins what LocalStack's free image accepts; LOCALSTACK_AUTH_TOKEN is set (a paid image)");
  }

  /** A token and a role for each case, made from the oidc-emulator's admin API. */
  record Attempt(Function<OidcAdmin, String> token, String role) {}

  static Stream<Arguments> refusedByAwsAcceptedByLocalStack() {
    return Stream.of(
        Arguments.of(
            "a token for another organisation",
            new Attempt(oidc -> oidc.token(pushToMain("evil/test-service")), SeedStack.ROLE),
            "AccessDenied",
            "Not authorized to perform sts:AssumeRoleWithWebIdentity"),
        Arguments.of(
            "a forged signature",
            new Attempt(
                oidc -> forged(oidc.token(pushToMain("acme/test-service"))), SeedStack.ROLE),
            "InvalidIdentityToken",
            "could not be validated"),
        Arguments.of(
            "a garbage token",
            new Attempt(oidc -> "not-a-token", SeedStack.ROLE),
            "InvalidIdentityToken",
            ""),
        Arguments.of(
            "the wrong audience",
            new Attempt(
                oidc -> oidc.token(pushToMain("acme/test-service").put("audience", "other")),
                SeedStack.ROLE),
            "InvalidIdentityToken",
            "Incorrect token audience"),
        Arguments.of(
            "an expired token",
            new Attempt(
                oidc -> oidc.token(expired(pushToMain("acme/test-service"))), SeedStack.ROLE),
            "ExpiredTokenException",
            "Token expired"),
        Arguments.of(
            "a role that does not exist",
            new Attempt(oidc -> oidc.token(pushToMain("acme/test-service")), "NoSuchRole"),
            "AccessDenied",
            "Not authorized to perform sts:AssumeRoleWithWebIdentity"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedByAwsAcceptedByLocalStack")
  void assumeRoleWithWebIdentity_refusedByTheAwsEmulator_acceptedByLocalStack(
      String what, Attempt attempt, String awsCode, String awsMessage) {
    Emulators emulators = world.emulators();
    String token = attempt.token().apply(emulators.oidcAdmin());

    assertThatThrownBy(() -> emulators.assumeRole(attempt.role(), token))
        .as(what)
        .isInstanceOfSatisfying(
            StsException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(awsCode);
              assertThat(e.awsErrorDetails().errorMessage()).contains(awsMessage);
            });
    String localStackRole =
        attempt.role().equals(SeedStack.ROLE) ? LocalStackSeed.DIRECT_ROLE : attempt.role();
    AssumeRoleWithWebIdentityResponse admitted =
        Emulators.assumeRole(localStack.clients(), localStackRole, token);
    assertThat(admitted.credentials().accessKeyId()).as(what).isNotBlank();
    assertThat(admitted.assumedRoleUser().arn()).as(what).contains("/" + localStackRole + "/");
    // LocalStack does not read the token at all: no subject comes back
    assertThat(admitted.subjectFromWebIdentityToken()).as(what).isNull();
  }

  /**
   * The seed's template through each CloudFormation: the aws-emulator makes the provider;
   * LocalStack reports the stack {@code CREATE_COMPLETE} and the provider's resource created with
   * the physical id {@code unknown}, and IAM has no provider from it.
   */
  @Test
  void seedStack_localStacksCloudFormationReportsSuccess_whileSkippingTheOidcProvider() {
    AwsClients aws = world.emulators().root();
    assertThat(world.stack().status()).isEqualTo("CREATE_COMPLETE");
    assertThat(physicalId(aws, "GithubOidc"))
        .isEqualTo("arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com");

    assertThat(localStack.seed().cloudFormation().status()).isEqualTo("CREATE_COMPLETE");
    StackResourceDetail provider = resource(localStack.clients(), "GithubOidc");
    assertThat(provider.resourceStatusAsString()).isEqualTo("CREATE_COMPLETE");
    assertThat(provider.physicalResourceId()).isEqualTo("unknown");
    // the one provider LocalStack's IAM holds is the direct way's; CloudFormation made none
    assertThat(localStack.clients().iam().listOpenIDConnectProviders().openIDConnectProviderList())
        .hasSize(1);
    // and the role it made trusts that id, as a federated principal
    String trust =
        localStack
            .clients()
            .iam()
            .getRole(r -> r.roleName(SeedStack.ROLE))
            .role()
            .assumeRolePolicyDocument();
    assertThat(URLDecoder.decode(trust, StandardCharsets.UTF_8))
        .containsPattern("\"Federated\": ?\\[\"unknown\"\\]");
  }

  /** A request signed with a wrong secret key: SigV4 is checked by AWS, not by LocalStack. */
  @Test
  void requestSignedWithAWrongSecret_refusedByTheAwsEmulator_answeredByLocalStack() {
    AwsBasicCredentials wrong = AwsBasicCredentials.create("test", "not-the-secret");
    URI aws = URI.create(world.emulators().awsUrl());
    try (StsClient emulator = SignedClients.of(StsClient.builder(), aws, wrong);
        StsClient localStackSts =
            SignedClients.of(StsClient.builder(), localStack.endpoint(), wrong)) {
      assertThatThrownBy(emulator::getCallerIdentity)
          .isInstanceOfSatisfying(
              StsException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch"));
      assertThat(localStackSts.getCallerIdentity().account()).isEqualTo(Emulators.ACCOUNT);
    }
  }

  /**
   * The job's session may do only what its role's policies allow (the seed's: pushing to ECR); the
   * free image enforces no IAM policy (its {@code ENFORCE_IAM} is a paid feature).
   */
  @Test
  void sessionOfTheSeedsRole_createsARoleInLocalStack_refusedByTheAwsEmulator() {
    String token = world.emulators().oidcAdmin().token(pushToMain("acme/test-service"));
    Credentials onEmulator = world.emulators().assumeRole(SeedStack.ROLE, token).credentials();
    Credentials onLocalStack =
        Emulators.assumeRole(localStack.clients(), LocalStackSeed.DIRECT_ROLE, token).credentials();
    URI aws = URI.create(world.emulators().awsUrl());
    try (IamClient emulator =
            SignedClients.of(IamClient.builder(), aws, SignedClients.session(onEmulator));
        IamClient localStackIam =
            SignedClients.of(
                IamClient.builder(), localStack.endpoint(), SignedClients.session(onLocalStack))) {
      assertThatThrownBy(() -> createRole(emulator))
          .isInstanceOfSatisfying(
              IamException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
      assertThat(createRole(localStackIam)).endsWith(":role/Intruder");
    }
  }

  private static String createRole(IamClient iam) {
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},"
            + "\"Action\":\"sts:AssumeRole\"}]}";
    return iam.createRole(r -> r.roleName("Intruder").assumeRolePolicyDocument(trust)).role().arn();
  }

  private static String physicalId(AwsClients clients, String logicalId) {
    return resource(clients, logicalId).physicalResourceId();
  }

  private static StackResourceDetail resource(AwsClients clients, String logicalId) {
    return clients
        .cloudFormation()
        .describeStackResource(r -> r.stackName(SeedStack.NAME).logicalResourceId(logicalId))
        .stackResourceDetail();
  }

  private static ObjectNode pushToMain(String repository) {
    return OidcAdmin.runContext(repository, "refs/heads/main");
  }

  private static ObjectNode expired(ObjectNode context) {
    context.putObject("overrides").put("exp", Instant.now().minusSeconds(60).getEpochSecond());
    return context;
  }

  /** The token with its signature's first character changed: header and claims untouched. */
  private static String forged(String token) {
    int signature = token.lastIndexOf('.') + 1;
    char first = token.charAt(signature);
    return token.substring(0, signature)
        + (first == 'A' ? 'B' : 'A')
        + token.substring(signature + 1);
  }
}
