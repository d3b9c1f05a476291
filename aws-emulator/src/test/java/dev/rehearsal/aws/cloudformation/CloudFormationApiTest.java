package dev.rehearsal.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.IsolatedEmulatorResource;
import dev.rehearsal.aws.support.Seed;
import dev.rehearsal.aws.support.Sessions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecutionStatus;
import software.amazon.awssdk.services.cloudformation.model.InvalidChangeSetStatusException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * CloudFormation's stack and change-set operations through the AWS SDK v2 CloudFormationClient,
 * which parses every answer by botocore's {@code cloudformation/2010-05-15} model: shapes,
 * exception types ({@code AlreadyExistsException}, {@code ChangeSetNotFound}, {@code
 * InvalidChangeSetStatus}) and CloudFormation's messages (API Reference). Each test has a stack of
 * its own, on an emulator no other test class shares.
 */
@QuarkusTest
@WithTestResource(IsolatedEmulatorResource.class)
class CloudFormationApiTest {
  /** A named role trusting GitHub's {@code repo:ORG/*} and an inline policy on it. */
  private static final String NAMED =
      """
      Description: A named role and its inline policy
      Parameters:
        Org:
          Type: String
          Description: The organisation whose repositories may assume the role
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            RoleName: ROLE_NAME
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Action: sts:AssumeRoleWithWebIdentity
                  Principal:
                    Federated: PROVIDER
                  Condition:
                    StringLike:
                      token.actions.githubusercontent.com:sub: !Sub 'repo:${Org}/*'
        Policy:
          Type: AWS::IAM::Policy
          Properties:
            PolicyName: push
            PolicyDocument:
              Version: '2012-10-17'
              Statement:
                - Effect: Allow
                  Action: ecr:GetAuthorizationToken
                  Resource: '*'
            Roles:
              - !Ref Role
      Outputs:
        RoleArn:
          Value: !GetAtt Role.Arn
      """
          .replace("PROVIDER", Seed.PROVIDER_ARN);

  @BeforeAll
  static void provider() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      Seed.ensure(iam);
    }
  }

  private static String named(String roleName) {
    return NAMED.replace("ROLE_NAME", roleName);
  }

  private static Parameter org(String value) {
    return Parameter.builder().parameterKey("Org").parameterValue(value).build();
  }

  private static CloudFormationClient root() {
    return Clients.cloudFormation(Clients.ROOT);
  }

  private static Stack stack(CloudFormationClient cfn, String name) {
    return cfn.describeStacks(r -> r.stackName(name)).stacks().get(0);
  }

  private static void createStack(CloudFormationClient cfn, String name, String body, String org) {
    cfn.createStack(
        r ->
            r.stackName(name)
                .templateBody(body)
                .parameters(org(org))
                .capabilities(Capability.CAPABILITY_NAMED_IAM));
  }

  private static void updateStack(CloudFormationClient cfn, String name, String body, String org) {
    cfn.updateStack(
        r ->
            r.stackName(name)
                .templateBody(body)
                .parameters(org(org))
                .capabilities(Capability.CAPABILITY_NAMED_IAM));
  }

  /** The stack's one event of {@code status}. */
  private static StackEvent event(CloudFormationClient cfn, String stack, String status) {
    List<StackEvent> found =
        events(cfn, stack).stream().filter(e -> e.resourceStatusAsString().equals(status)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static DescribeChangeSetResponse changeSet(
      CloudFormationClient cfn,
      String stack,
      String changeSet,
      ChangeSetType type,
      String body,
      String org) {
    cfn.createChangeSet(
        r ->
            r.stackName(stack)
                .changeSetName(changeSet)
                .changeSetType(type)
                .templateBody(body)
                .parameters(org(org))
                .capabilities(Capability.CAPABILITY_NAMED_IAM));
    return cfn.describeChangeSet(r -> r.stackName(stack).changeSetName(changeSet));
  }

  private static String trustPolicy(IamClient iam, String role) {
    return URLDecoder.decode(
        iam.getRole(r -> r.roleName(role)).role().assumeRolePolicyDocument(),
        StandardCharsets.UTF_8);
  }

  /** The call fails with exactly this error, as the SDK parsed it from CloudFormation's XML. */
  private static void assertError(
      ThrowingCallable call,
      Class<? extends CloudFormationException> type,
      int status,
      String code,
      String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            type,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }

  private static List<StackEvent> events(CloudFormationClient cfn, String stack) {
    return cfn.describeStackEvents(r -> r.stackName(stack)).stackEvents();
  }

  /** botocore {@code ChangeSetType: CREATE}, {@code ResourceChange.Action: Add}. */
  @Test
  void createChangeSet_create_isCreateCompleteAndAvailable_withAnAddPerResource() {
    try (CloudFormationClient cfn = root()) {
      DescribeChangeSetResponse described =
          changeSet(
              cfn, "cs-create", "initial", ChangeSetType.CREATE, named("CsCreateRole"), "acme");

      assertThat(described.status()).isEqualTo(ChangeSetStatus.CREATE_COMPLETE);
      assertThat(described.executionStatus()).isEqualTo(ExecutionStatus.AVAILABLE);
      assertThat(described.capabilities()).containsExactly(Capability.CAPABILITY_NAMED_IAM);
      assertThat(described.parameters())
          .extracting(Parameter::parameterKey, Parameter::parameterValue)
          .containsExactly(tuple("Org", "acme"));
      assertThat(described.changes())
          .extracting(
              c -> c.resourceChange().actionAsString(),
              c -> c.resourceChange().logicalResourceId(),
              c -> c.resourceChange().resourceType())
          .containsExactlyInAnyOrder(
              tuple("Add", "Role", "AWS::IAM::Role"), tuple("Add", "Policy", "AWS::IAM::Policy"));
      assertThat(described.changes()).allMatch(c -> c.typeAsString().equals("Resource"));
      assertThat(stack(cfn, "cs-create").stackStatus()).isEqualTo(StackStatus.REVIEW_IN_PROGRESS);
    }
  }

  @Test
  void executeChangeSet_create_makesTheStackCreateComplete_withItsOutputs() {
    try (CloudFormationClient cfn = root();
        IamClient iam = Clients.iam(Clients.ROOT)) {
      changeSet(cfn, "cs-execute", "initial", ChangeSetType.CREATE, named("CsExecRole"), "acme");

      cfn.executeChangeSet(r -> r.stackName("cs-execute").changeSetName("initial"));

      Stack stack = stack(cfn, "cs-execute");
      assertThat(stack.stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
      assertThat(stack.description()).isEqualTo("A named role and its inline policy");
      assertThat(stack.outputs())
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.outputKey()).isEqualTo("RoleArn");
                assertThat(o.outputValue()).isEqualTo("arn:aws:iam::000000000000:role/CsExecRole");
              });
      assertThat(trustPolicy(iam, "CsExecRole")).contains("repo:acme/*");
      assertThat(
              iam.getRolePolicy(r -> r.roleName("CsExecRole").policyName("push")).policyDocument())
          .contains("ecr%3AGetAuthorizationToken");
      assertThat(
              cfn.describeChangeSet(r -> r.stackName("cs-execute").changeSetName("initial"))
                  .executionStatus())
          .isEqualTo(ExecutionStatus.EXECUTE_COMPLETE);
    }
  }

  /**
   * A changed parameter changes the trust policy only: {@code Modify}, {@code Replacement: False},
   * one {@code ResourceChangeDetail} (API Reference, {@code ResourceTargetDefinition}).
   */
  @Test
  void createChangeSet_update_ofAParameter_isOneStaticModifyOfTheTrustPolicy() {
    try (CloudFormationClient cfn = root();
        IamClient iam = Clients.iam(Clients.ROOT)) {
      createStack(cfn, "cs-update", named("CsUpdateRole"), "acme");

      DescribeChangeSetResponse described =
          changeSet(cfn, "cs-update", "org", ChangeSetType.UPDATE, named("CsUpdateRole"), "other");

      assertThat(described.status()).isEqualTo(ChangeSetStatus.CREATE_COMPLETE);
      assertThat(described.changes()).hasSize(1);
      var change = described.changes().get(0).resourceChange();
      assertThat(change.actionAsString()).isEqualTo("Modify");
      assertThat(change.logicalResourceId()).isEqualTo("Role");
      assertThat(change.physicalResourceId()).isEqualTo("CsUpdateRole");
      assertThat(change.replacementAsString()).isEqualTo("False");
      assertThat(change.scopeAsStrings()).containsExactly("Properties");
      assertThat(change.details()).hasSize(1);
      ResourceChangeDetail detail = change.details().get(0);
      assertThat(detail.target().attributeAsString()).isEqualTo("Properties");
      assertThat(detail.target().name()).isEqualTo("AssumeRolePolicyDocument");
      assertThat(detail.target().requiresRecreationAsString()).isEqualTo("Never");
      assertThat(detail.evaluationAsString()).isEqualTo("Static");
      assertThat(detail.changeSourceAsString()).isEqualTo("DirectModification");

      cfn.executeChangeSet(r -> r.stackName("cs-update").changeSetName("org"));

      assertThat(stack(cfn, "cs-update").stackStatus()).isEqualTo(StackStatus.UPDATE_COMPLETE);
      assertThat(trustPolicy(iam, "CsUpdateRole")).contains("repo:other/*");
    }
  }

  /**
   * {@code NoEcho}: CloudFormation returns the value masked for any call that describes the stack
   * (User Guide, "Parameters", {@code NoEcho}), a change set's parameters included.
   */
  @Test
  void aNoEchoParameter_isMasked_inDescribeChangeSetAndDescribeStacks() {
    String secret =
        named("SecretRole")
            .replace(
                "Parameters:\n", "Parameters:\n  Secret:\n    Type: String\n    NoEcho: true\n");
    try (CloudFormationClient cfn = root()) {
      cfn.createChangeSet(
          r ->
              r.stackName("no-echo")
                  .changeSetName("initial")
                  .changeSetType(ChangeSetType.CREATE)
                  .templateBody(secret)
                  .parameters(
                      org("acme"),
                      Parameter.builder().parameterKey("Secret").parameterValue("s3cr3t").build())
                  .capabilities(Capability.CAPABILITY_NAMED_IAM));

      var described = cfn.describeChangeSet(r -> r.stackName("no-echo").changeSetName("initial"));
      cfn.executeChangeSet(r -> r.stackName("no-echo").changeSetName("initial"));

      assertThat(described.parameters())
          .extracting(Parameter::parameterKey, Parameter::parameterValue)
          .containsExactlyInAnyOrder(tuple("Org", "acme"), tuple("Secret", "****"));
      assertThat(stack(cfn, "no-echo").parameters())
          .extracting(Parameter::parameterKey, Parameter::parameterValue)
          .containsExactlyInAnyOrder(tuple("Org", "acme"), tuple("Secret", "****"));
    }
  }

  @Test
  void createChangeSet_withoutChanges_isFailedWithCloudFormationsText_andCannotBeExecuted() {
    try (CloudFormationClient cfn = root()) {
      createStack(cfn, "cs-same", named("CsSameRole"), "acme");

      DescribeChangeSetResponse described =
          changeSet(cfn, "cs-same", "same", ChangeSetType.UPDATE, named("CsSameRole"), "acme");

      assertThat(described.status()).isEqualTo(ChangeSetStatus.FAILED);
      assertThat(described.statusReason())
          .isEqualTo(
              "The submitted information didn't contain changes. Submit different information"
                  + " to create a change set.");
      assertThat(described.executionStatus()).isEqualTo(ExecutionStatus.UNAVAILABLE);
      assertThat(described.changes()).isEmpty();
      assertThatThrownBy(
              () -> cfn.executeChangeSet(r -> r.stackName("cs-same").changeSetName("same")))
          .isInstanceOfSatisfying(
              InvalidChangeSetStatusException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorMessage())
                    .contains(
                        "cannot be executed in its current execution status of [UNAVAILABLE]");
              });
      assertThat(stack(cfn, "cs-same").stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
    }
  }

  @Test
  void describeChangeSet_ofAnUnknownName_isChangeSetNotFound404() {
    try (CloudFormationClient cfn = root()) {
      createStack(cfn, "cs-unknown", named("CsUnknownRole"), "acme");

      assertError(
          () -> cfn.describeChangeSet(r -> r.stackName("cs-unknown").changeSetName("nope")),
          ChangeSetNotFoundException.class,
          404,
          "ChangeSetNotFound",
          "ChangeSet [nope] does not exist");
    }
  }

  /** API Reference, {@code DescribeChangeSet}/{@code DeleteChangeSet}: a change set by its ARN. */
  @Test
  void changeSet_byItsArn_isDescribedWithoutAStackName_andDeleteChangeSetRemovesIt() {
    try (CloudFormationClient cfn = root()) {
      String arn =
          cfn.createChangeSet(
                  r ->
                      r.stackName("by-arn")
                          .changeSetName("initial")
                          .changeSetType(ChangeSetType.CREATE)
                          .templateBody(named("ByArnRole"))
                          .parameters(org("acme"))
                          .capabilities(Capability.CAPABILITY_NAMED_IAM))
              .id();

      var described = cfn.describeChangeSet(r -> r.changeSetName(arn));
      var listed = cfn.listChangeSets(r -> r.stackName("by-arn")).summaries();
      cfn.deleteChangeSet(r -> r.changeSetName(arn));

      assertThat(arn)
          .startsWith("arn:aws:cloudformation:us-east-1:000000000000:changeSet/initial/");
      assertThat(described.changeSetName()).isEqualTo("initial");
      assertThat(described.stackName()).isEqualTo("by-arn");
      assertThat(listed).extracting(s -> s.changeSetId()).containsExactly(arn);
      assertError(
          () -> cfn.describeChangeSet(r -> r.changeSetName(arn)),
          ChangeSetNotFoundException.class,
          404,
          "ChangeSetNotFound",
          "ChangeSet [" + arn + "] does not exist");
      assertThat(cfn.listChangeSets(r -> r.stackName("by-arn")).summaries()).isEmpty();
    }
  }

  @Test
  void createStack_ofAnExistingName_isAlreadyExistsException() {
    try (CloudFormationClient cfn = root()) {
      createStack(cfn, "twice", named("TwiceRole"), "acme");

      assertError(
          () -> createStack(cfn, "twice", named("TwiceRole"), "acme"),
          AlreadyExistsException.class,
          400,
          "AlreadyExistsException",
          "Stack [twice] already exists");
    }
  }

  @Test
  void updateStack_withoutChanges_isValidationError_noUpdatesAreToBePerformed() {
    try (CloudFormationClient cfn = root()) {
      createStack(cfn, "no-updates", named("NoUpdatesRole"), "acme");

      assertError(
          () ->
              cfn.updateStack(
                  r ->
                      r.stackName("no-updates")
                          .usePreviousTemplate(true)
                          .parameters(
                              Parameter.builder()
                                  .parameterKey("Org")
                                  .usePreviousValue(true)
                                  .build())
                          .capabilities(Capability.CAPABILITY_NAMED_IAM)),
          CloudFormationException.class,
          400,
          "ValidationError",
          "No updates are to be performed.");
    }
  }

  /** botocore {@code Tag}: {@code Value} is required. */
  @Test
  void createStack_withATagWithoutValue_isValidationError_andNoStack() {
    try (CloudFormationClient cfn = root()) {
      assertError(
          () ->
              cfn.createStack(
                  r ->
                      r.stackName("untagged")
                          .templateBody(named("UntaggedRole"))
                          .parameters(org("acme"))
                          .capabilities(Capability.CAPABILITY_NAMED_IAM)
                          .tags(t -> t.key("team"))),
          CloudFormationException.class,
          400,
          "ValidationError",
          "1 validation error detected: Value null at 'tags.1.member.value' failed to satisfy"
              + " constraint: Member must not be null");
      assertThat(cfn.listStacks().stackSummaries())
          .noneMatch(s -> s.stackName().equals("untagged"));
    }
  }

  @Test
  void describeStacks_ofAnUnknownStack_isValidationError_stackWithIdDoesNotExist() {
    try (CloudFormationClient cfn = root()) {
      assertError(
          () -> cfn.describeStacks(r -> r.stackName("nowhere")),
          CloudFormationException.class,
          400,
          "ValidationError",
          "Stack with id nowhere does not exist");
    }
  }

  @Test
  void deleteStack_ofAnUnknownStack_succeeds() {
    try (CloudFormationClient cfn = root()) {
      cfn.deleteStack(r -> r.stackName("never-created"));

      assertThat(cfn.listStacks().stackSummaries())
          .noneMatch(s -> s.stackName().equals("never-created"));
    }
  }

  @Test
  void createChangeSet_withAResourceTypeOutsideTheFlow_isRefusedNamingTheTypeAndResource() {
    String bucket =
        """
        Resources:
          Artifacts:
            Type: AWS::S3::Bucket
        """;
    try (CloudFormationClient cfn = root()) {
      assertThatThrownBy(
              () ->
                  cfn.createChangeSet(
                      r ->
                          r.stackName("bucket")
                              .changeSetName("initial")
                              .changeSetType(ChangeSetType.CREATE)
                              .templateBody(bucket)))
          .isInstanceOfSatisfying(
              CloudFormationException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                assertThat(e.awsErrorDetails().errorMessage())
                    .contains("AWS::S3::Bucket")
                    .contains("Artifacts");
              });
      assertThat(cfn.listStacks().stackSummaries()).noneMatch(s -> s.stackName().equals("bucket"));
    }
  }

  /**
   * lint, check and diff read past the SAM transform ({@code Template.parseForAnalysis}); a deploy
   * does not expand it, so it is still refused, naming the section.
   */
  @Test
  void createStack_withTheSamTransform_isStillRefused_andNoStack() {
    String sam =
        """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Repo:
            Type: AWS::ECR::Repository
        """;
    try (CloudFormationClient cfn = root()) {
      assertThatThrownBy(() -> cfn.createStack(r -> r.stackName("sam").templateBody(sam)))
          .isInstanceOfSatisfying(
              CloudFormationException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                assertThat(e.awsErrorDetails().errorMessage()).contains("Transform");
              });
      assertThat(cfn.listStacks().stackSummaries()).noneMatch(s -> s.stackName().equals("sam"));
    }
  }

  /** botocore {@code GetTemplateSummaryOutput}: Capabilities, CapabilitiesReason, Parameters. */
  @Test
  void getTemplateSummary_reportsTheNamedIamCapabilityWithItsReason_andTheParameters() {
    try (CloudFormationClient cfn = root()) {
      var summary = cfn.getTemplateSummary(r -> r.templateBody(named("SummaryRole")));

      assertThat(summary.capabilities()).containsExactly(Capability.CAPABILITY_NAMED_IAM);
      assertThat(summary.capabilitiesReason())
          .isEqualTo(
              "The following resource(s) require capabilities: [AWS::IAM::Role,"
                  + " AWS::IAM::Policy]");
      assertThat(summary.description()).isEqualTo("A named role and its inline policy");
      assertThat(summary.resourceTypes()).containsExactly("AWS::IAM::Role", "AWS::IAM::Policy");
      assertThat(summary.version()).isEqualTo("2010-09-09");
      assertThat(summary.parameters())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.parameterKey()).isEqualTo("Org");
                assertThat(p.parameterType()).isEqualTo("String");
                assertThat(p.noEcho()).isFalse();
                assertThat(p.description())
                    .isEqualTo("The organisation whose repositories may assume the role");
              });
    }
  }

  @Test
  void validateTemplate_reportsTheNamedIamCapabilityWithItsReason_andTheParameters() {
    try (CloudFormationClient cfn = root()) {
      var validated = cfn.validateTemplate(r -> r.templateBody(named("ValidateRole")));

      assertThat(validated.capabilities()).containsExactly(Capability.CAPABILITY_NAMED_IAM);
      assertThat(validated.capabilitiesReason())
          .startsWith("The following resource(s) require capabilities: [AWS::IAM::Role");
      assertThat(validated.parameters())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.parameterKey()).isEqualTo("Org");
                assertThat(p.noEcho()).isFalse();
              });
    }
  }

  @Test
  void getTemplate_returnsTheBodyAsSubmitted() {
    String body = named("TemplateRole");
    try (CloudFormationClient cfn = root()) {
      createStack(cfn, "template", body, "acme");

      assertThat(cfn.getTemplate(r -> r.stackName("template")).templateBody()).isEqualTo(body);
    }
  }

  @Test
  void listStacks_showsADeletedStackAsDeleteComplete_andDescribeStacksStillFindsItById() {
    try (CloudFormationClient cfn = root();
        IamClient iam = Clients.iam(Clients.ROOT)) {
      createStack(cfn, "deleted", named("DeletedRole"), "acme");
      String id = stack(cfn, "deleted").stackId();

      cfn.deleteStack(r -> r.stackName("deleted"));

      assertThat(cfn.listStacks().stackSummaries())
          .filteredOn(s -> s.stackName().equals("deleted"))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.stackId()).isEqualTo(id);
                assertThat(s.stackStatus()).isEqualTo(StackStatus.DELETE_COMPLETE);
                assertThat(s.deletionTime()).isNotNull();
              });
      assertThat(
              cfn.listStacks(r -> r.stackStatusFilters(StackStatus.CREATE_COMPLETE))
                  .stackSummaries())
          .extracting(StackSummary::stackName)
          .doesNotContain("deleted");
      assertThat(stack(cfn, id).stackStatus()).isEqualTo(StackStatus.DELETE_COMPLETE);
      assertThatThrownBy(() -> stack(cfn, "deleted"))
          .hasMessageContaining("Stack with id deleted does not exist");
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("DeletedRole")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  @Test
  void stackResources_givePhysicalIds_inEveryShape() {
    try (CloudFormationClient cfn = root()) {
      createStack(cfn, "resources", named("ResourcesRole"), "acme");

      var summaries =
          cfn.listStackResources(r -> r.stackName("resources")).stackResourceSummaries();
      var described = cfn.describeStackResources(r -> r.stackName("resources")).stackResources();
      var role =
          cfn.describeStackResource(r -> r.stackName("resources").logicalResourceId("Role"))
              .stackResourceDetail();

      assertThat(summaries)
          .extracting(
              s -> s.logicalResourceId(), s -> s.resourceType(), s -> s.resourceStatusAsString())
          .containsExactlyInAnyOrder(
              tuple("Role", "AWS::IAM::Role", "CREATE_COMPLETE"),
              tuple("Policy", "AWS::IAM::Policy", "CREATE_COMPLETE"));
      assertThat(summaries)
          .filteredOn(s -> s.logicalResourceId().equals("Policy"))
          .singleElement()
          .satisfies(s -> assertThat(s.physicalResourceId()).startsWith("resources-Polic"));
      assertThat(described)
          .extracting(s -> s.logicalResourceId(), s -> s.physicalResourceId())
          .contains(tuple("Role", "ResourcesRole"));
      assertThat(role.physicalResourceId()).isEqualTo("ResourcesRole");
      assertThat(role.stackName()).isEqualTo("resources");
      assertThat(role.resourceStatusAsString()).isEqualTo("CREATE_COMPLETE");
    }
  }

  /**
   * {@code Path} requires replacement, which a custom {@code RoleName} forbids (User Guide, "Name
   * type"): the update fails with CloudFormation's text and rolls back, the role untouched.
   */
  @Test
  void updateStack_replacingACustomNamedRole_isRefused_andRollsBackLeavingTheRoleAsItWas() {
    try (CloudFormationClient cfn = root();
        IamClient iam = Clients.iam(Clients.ROOT)) {
      createStack(cfn, "custom-name", named("CustomNameRole"), "acme");
      String moved =
          named("CustomNameRole")
              .replace("RoleName: CustomNameRole", "RoleName: CustomNameRole\n      Path: /moved/");

      updateStack(cfn, "custom-name", moved, "other");

      assertThat(stack(cfn, "custom-name").stackStatus())
          .isEqualTo(StackStatus.UPDATE_ROLLBACK_COMPLETE);
      assertThat(event(cfn, "custom-name", "UPDATE_FAILED"))
          .satisfies(
              e -> {
                assertThat(e.logicalResourceId()).isEqualTo("Role");
                assertThat(e.resourceStatusReason())
                    .isEqualTo(
                        "CloudFormation cannot update a stack when a custom-named resource"
                            + " requires replacing. Rename CustomNameRole and update the stack"
                            + " again.");
              });
      var role = iam.getRole(r -> r.roleName("CustomNameRole")).role();
      assertThat(role.path()).isEqualTo("/");
      assertThat(trustPolicy(iam, "CustomNameRole")).contains("repo:acme/*");
      assertThat(cfn.getTemplate(r -> r.stackName("custom-name")).templateBody())
          .isEqualTo(named("CustomNameRole"));
      assertThat(stack(cfn, "custom-name").parameters())
          .extracting(Parameter::parameterValue)
          .containsExactly("acme");
    }
  }

  /**
   * A role without {@code RoleName} whose {@code Path} changes is replaced by one with a new
   * generated name; the inline policy's {@code Roles} follow it ({@code Dynamic}, {@code
   * ResourceReference}), and the old role is deleted in the cleanup phase.
   */
  @Test
  void updateStack_movingAnUnnamedRole_replacesIt_andThePolicyFollows_andTheOldRoleIsGone() {
    String unnamed = named("X").replace("      RoleName: X\n", "");
    String moved =
        unnamed.replace(
            "    Properties:\n      AssumeRole",
            "    Properties:\n      Path: /moved/\n      AssumeRole");
    try (CloudFormationClient cfn = root();
        IamClient iam = Clients.iam(Clients.ROOT)) {
      createStack(cfn, "replaced", unnamed, "acme");
      String before = physicalId(cfn, "replaced", "Role");

      DescribeChangeSetResponse planned =
          changeSet(cfn, "replaced", "move", ChangeSetType.UPDATE, moved, "acme");

      assertThat(before).startsWith("replaced-Role-");
      assertThat(planned.changes())
          .extracting(Change::resourceChange)
          .extracting(
              c -> c.logicalResourceId(), c -> c.actionAsString(), c -> c.replacementAsString())
          .containsExactlyInAnyOrder(
              tuple("Role", "Modify", "True"), tuple("Policy", "Modify", "False"));
      assertThat(planned.changes())
          .extracting(Change::resourceChange)
          .filteredOn(c -> c.logicalResourceId().equals("Policy"))
          .flatExtracting(c -> c.details())
          .extracting(
              d -> d.target().name(), d -> d.evaluationAsString(), d -> d.changeSourceAsString())
          .contains(tuple("Roles", "Dynamic", "ResourceReference"));

      cfn.executeChangeSet(r -> r.stackName("replaced").changeSetName("move"));

      String after = physicalId(cfn, "replaced", "Role");
      assertThat(stack(cfn, "replaced").stackStatus()).isEqualTo(StackStatus.UPDATE_COMPLETE);
      assertThat(after).startsWith("replaced-Role-").isNotEqualTo(before);
      assertThat(iam.getRole(r -> r.roleName(after)).role().path()).isEqualTo("/moved/");
      assertThat(iam.getRolePolicy(r -> r.roleName(after).policyName("push")).policyName())
          .isEqualTo("push");
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName(before)))
          .isInstanceOf(NoSuchEntityException.class);
      assertThat(stack(cfn, "replaced").outputs().get(0).outputValue())
          .isEqualTo("arn:aws:iam::000000000000:role/moved/" + after);
    }
  }

  private static String physicalId(CloudFormationClient cfn, String stack, String logicalId) {
    return cfn.describeStackResource(r -> r.stackName(stack).logicalResourceId(logicalId))
        .stackResourceDetail()
        .physicalResourceId();
  }

  /**
   * The role's update fails after its trust policy changed ({@code iam:TagRole} denied): the
   * rollback updates the role back, so IAM has the previous trust policy again, as the stack says.
   */
  @Test
  void updateStack_failingHalfwayThroughARole_isRolledBack_toThePreviousTrustPolicy() {
    AwsCredentials session =
        Sessions.of(
            "NoTagging",
            """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":["cloudformation:*","iam:*"],"Resource":"*"},
              {"Effect":"Deny","Action":"iam:TagRole","Resource":"*"}]}
            """);
    String tagged =
        named("HalfwayRole")
            .replace(
                "RoleName: HalfwayRole",
                "RoleName: HalfwayRole\n      Tags:\n        - {Key: team, Value: platform}");
    try (CloudFormationClient cfn = Clients.cloudFormation(session);
        IamClient iam = Clients.iam(Clients.ROOT)) {
      createStack(cfn, "halfway", named("HalfwayRole"), "acme");

      updateStack(cfn, "halfway", tagged, "other");

      assertThat(stack(cfn, "halfway").stackStatus())
          .isEqualTo(StackStatus.UPDATE_ROLLBACK_COMPLETE);
      assertThat(event(cfn, "halfway", "UPDATE_FAILED"))
          .satisfies(
              e ->
                  assertThat(e.resourceStatusReason())
                      .contains("is not authorized to perform: iam:TagRole"));
      assertThat(trustPolicy(iam, "HalfwayRole")).contains("repo:acme/*");
      assertThat(iam.listRoleTags(r -> r.roleName("HalfwayRole")).tags()).isEmpty();
    }
  }

  /**
   * The named role and a second role IAM refuses: its trust policy lets any GitHub repository in
   * ({@code sub: '*'}), which IAM's guardrail rejects once the first role exists.
   */
  private static String failingSecondRole(String first) {
    return named(first)
        .replace(
            "\nOutputs:",
            """

              Unscoped:
                Type: AWS::IAM::Role
                DependsOn: Role
                Properties:
                  AssumeRolePolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sts:AssumeRoleWithWebIdentity
                        Principal:
                          Federated: PROVIDER
                        Condition:
                          StringLike:
                            token.actions.githubusercontent.com:sub: '*'
            Outputs:"""
                .replace("PROVIDER", Seed.PROVIDER_ARN));
  }

  /** API Reference, {@code CreateStack} {@code OnFailure: DO_NOTHING}: what was made stays. */
  @Test
  void createStack_onFailureDoNothing_isCreateFailed_keepingWhatWasMade_untilDeleted() {
    try (CloudFormationClient cfn = root();
        IamClient iam = Clients.iam(Clients.ROOT)) {
      cfn.createStack(
          r ->
              r.stackName("do-nothing")
                  .templateBody(failingSecondRole("DoNothingRole"))
                  .parameters(org("acme"))
                  .capabilities(Capability.CAPABILITY_NAMED_IAM)
                  .onFailure("DO_NOTHING"));

      Stack stack = stack(cfn, "do-nothing");
      assertThat(stack.stackStatus()).isEqualTo(StackStatus.CREATE_FAILED);
      assertThat(stack.stackStatusReason())
          .isEqualTo("The following resource(s) failed to create: [Unscoped]. ");
      assertThat(iam.getRole(r -> r.roleName("DoNothingRole")).role()).isNotNull();

      cfn.deleteStack(r -> r.stackName("do-nothing"));

      assertThat(stack(cfn, stack.stackId()).stackStatus()).isEqualTo(StackStatus.DELETE_COMPLETE);
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("DoNothingRole")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  /** API Reference, {@code CreateStack} {@code OnFailure: DELETE}: rolled back, then deleted. */
  @Test
  void createStack_onFailureDelete_endsDeleteComplete_leavingNothing() {
    try (CloudFormationClient cfn = root();
        IamClient iam = Clients.iam(Clients.ROOT)) {
      String id =
          cfn.createStack(
                  r ->
                      r.stackName("on-failure-delete")
                          .templateBody(failingSecondRole("OnFailureDeleteRole"))
                          .parameters(org("acme"))
                          .capabilities(Capability.CAPABILITY_NAMED_IAM)
                          .onFailure("DELETE"))
              .stackId();

      assertThat(stack(cfn, id).stackStatus()).isEqualTo(StackStatus.DELETE_COMPLETE);
      assertThatThrownBy(() -> stack(cfn, "on-failure-delete"))
          .hasMessageContaining("Stack with id on-failure-delete does not exist");
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("OnFailureDeleteRole")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  /**
   * A stack in {@code ROLLBACK_COMPLETE} can only be deleted (User Guide, "Stack status codes"): an
   * update is refused, and its name is taken until it is.
   */
  @Test
  void aStackInRollbackComplete_cannotBeUpdated_norCreatedAgain_untilDeleted() {
    try (CloudFormationClient cfn = root()) {
      createStack(cfn, "rolled-back", failingSecondRole("RolledBackRole"), "acme");
      String id = stack(cfn, "rolled-back").stackId();

      assertThat(stack(cfn, "rolled-back").stackStatus()).isEqualTo(StackStatus.ROLLBACK_COMPLETE);
      assertError(
          () ->
              cfn.updateStack(
                  r ->
                      r.stackName("rolled-back")
                          .templateBody(named("RolledBackRole"))
                          .parameters(org("acme"))
                          .capabilities(Capability.CAPABILITY_NAMED_IAM)),
          CloudFormationException.class,
          400,
          "ValidationError",
          "Stack:" + id + " is in ROLLBACK_COMPLETE state and can not be updated.");
      assertError(
          () -> createStack(cfn, "rolled-back", named("RolledBackRole"), "acme"),
          AlreadyExistsException.class,
          400,
          "AlreadyExistsException",
          "Stack [rolled-back] already exists");

      cfn.deleteStack(r -> r.stackName("rolled-back"));
      createStack(cfn, "rolled-back", named("RolledBackRole"), "acme");

      assertThat(stack(cfn, "rolled-back").stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
      assertThat(stack(cfn, "rolled-back").stackId()).isNotEqualTo(id);
    }
  }

  @Test
  void aRoleSessionWithoutCloudFormationPermissions_isAccessDenied() {
    AwsCredentials session =
        Sessions.of(
            "NoCloudFormation",
            """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"iam:*","Resource":"*"}]}
            """);
    try (CloudFormationClient cfn = Clients.cloudFormation(session)) {
      assertThatThrownBy(() -> createStack(cfn, "denied", named("DeniedRole"), "acme"))
          .isInstanceOfSatisfying(
              CloudFormationException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .contains("is not authorized to perform: cloudformation:CreateStack");
              });
    }
    try (CloudFormationClient cfn = root()) {
      assertThat(cfn.listStacks().stackSummaries()).noneMatch(s -> s.stackName().equals("denied"));
    }
  }

  /**
   * CloudFormation calls IAM with the caller's credentials (no service role given): IAM's
   * AccessDenied becomes the resource's {@code CREATE_FAILED} reason, and the create rolls back.
   */
  @Test
  void
      aRoleSessionWithoutIamCreateRole_getsCreateFailedWithIamsAccessDenied_thenRollbackComplete() {
    AwsCredentials session =
        Sessions.of(
            "CloudFormationOnly",
            """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"cloudformation:*","Resource":"*"}]}
            """);
    try (CloudFormationClient cfn = Clients.cloudFormation(session);
        IamClient iam = Clients.iam(Clients.ROOT)) {
      createStack(cfn, "no-iam", named("NoIamRole"), "acme");

      assertThat(stack(cfn, "no-iam").stackStatus()).isEqualTo(StackStatus.ROLLBACK_COMPLETE);
      assertThat(event(cfn, "no-iam", "CREATE_FAILED"))
          .satisfies(
              e -> {
                assertThat(e.logicalResourceId()).isEqualTo("Role");
                assertThat(e.resourceStatusReason())
                    .startsWith("Resource handler returned message: \"User: ")
                    .contains("is not authorized to perform: iam:CreateRole")
                    .contains("Status Code: 403")
                    .contains("HandlerErrorCode: AccessDenied");
              });
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("NoIamRole")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }
}
