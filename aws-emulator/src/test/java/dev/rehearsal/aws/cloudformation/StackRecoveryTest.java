package dev.rehearsal.aws.cloudformation;

import static dev.rehearsal.aws.cloudformation.InProcessCloudFormation.DEPLOYER;
import static dev.rehearsal.aws.cloudformation.InProcessCloudFormation.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.aws.cloudformation.CfnRequests.CreateChangeSetRequest;
import dev.rehearsal.aws.cloudformation.CfnRequests.CreateStackRequest;
import dev.rehearsal.aws.cloudformation.CfnRequests.ParameterInput;
import dev.rehearsal.aws.cloudformation.CfnRequests.TemplateSource;
import dev.rehearsal.aws.cloudformation.CfnRequests.UpdateStackRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stack whose operation the emulator's stop interrupted comes back, on the next start, in a state
 * CloudFormation could be in (User Guide, "Stack status codes"): a create rolled back ({@code
 * ROLLBACK_COMPLETE}) with nothing of it left in IAM, an update rolled back to the previous
 * template ({@code UPDATE_ROLLBACK_COMPLETE}) or, once in its cleanup phase, complete ({@code
 * UPDATE_COMPLETE}, since CloudFormation never rolls back from there), a delete finished ({@code
 * DELETE_COMPLETE}). Each crash is real: an {@link Error} thrown out of an IAM call midway leaves
 * the files as the operation last wrote them, and a new instance opens the same directory.
 */
class StackRecoveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String TRUST =
      "{Statement: [{Effect: Allow, Principal: {Service: !Ref Service}, Action:"
          + " 'sts:AssumeRole'}]}";

  private static final String DOCUMENT =
      "{Version: '2012-10-17', Statement: [{Effect: Allow, Action: 'ecr:GetAuthorizationToken',"
          + " Resource: '*'}]}";

  /** Two named roles, the second with an inline policy, and a policy on the second. */
  private static final String TWO_ROLES =
      """
      Parameters:
        Service:
          Type: String
          Default: ecs-tasks.amazonaws.com
      Resources:
        First:
          Type: AWS::IAM::Role
          Properties:
            RoleName: RecoveryFirst
            AssumeRolePolicyDocument: TRUST
        Second:
          Type: AWS::IAM::Role
          Properties:
            RoleName: RecoverySecond
            AssumeRolePolicyDocument: TRUST
            Policies:
              - PolicyName: inline
                PolicyDocument: DOCUMENT
        Policy:
          Type: AWS::IAM::Policy
          Properties:
            PolicyName: push
            PolicyDocument: DOCUMENT
            Roles:
              - !Ref Second
      """
          .replace("TRUST", TRUST)
          .replace("DOCUMENT", DOCUMENT);

  /** A role without a name, under {@code Path}, with an inline policy and a policy on it. */
  private static final String MOVER =
      """
      Parameters:
        Service:
          Type: String
          Default: ecs-tasks.amazonaws.com
        RolePath:
          Type: String
          Default: /
      Resources:
        Mover:
          Type: AWS::IAM::Role
          Properties:
            Path: !Ref RolePath
            AssumeRolePolicyDocument: TRUST
            Policies:
              - PolicyName: inline
                PolicyDocument: DOCUMENT
        Policy:
          Type: AWS::IAM::Policy
          Properties:
            PolicyName: push
            PolicyDocument: DOCUMENT
            Roles:
              - !Ref Mover
      Outputs:
        Arn:
          Value: !GetAtt Mover.Arn
      """
          .replace("TRUST", TRUST)
          .replace("DOCUMENT", DOCUMENT);

  private static final String ECS_TRUST =
      "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},"
          + "\"Action\":\"sts:AssumeRole\"}]}";

  @TempDir Path data;

  /** {@code RecoverySecond}, made outside any stack before the stack names a role so. */
  private static void someoneElsesRole(InProcessCloudFormation emulator) {
    emulator
        .iam
        .roles()
        .createRole(
            ROOT, new CreateRoleRequest("/", "RecoverySecond", ECS_TRUST, null, null, List.of()));
  }

  private static CreateStackRequest create(String name, String body) {
    return new CreateStackRequest(
        name,
        new TemplateSource(body, null, false),
        List.of(),
        List.of("CAPABILITY_NAMED_IAM"),
        Map.of(),
        false,
        null);
  }

  private static UpdateStackRequest update(String name, String body, String key, String value) {
    return new UpdateStackRequest(
        name,
        new TemplateSource(body, null, false),
        List.of(new ParameterInput(key, value, false)),
        List.of("CAPABILITY_NAMED_IAM"),
        Map.of());
  }

  /** The stack's file as the crash left it. */
  private JsonNode file(String stackId) throws IOException {
    Path file =
        data.resolve("cloudformation/stacks")
            .resolve(stackId.substring(stackId.lastIndexOf('/') + 1) + ".json");
    return JSON.readTree(file.toFile());
  }

  private static List<String> statuses(Stack stack, String logicalId) {
    return stack.events.stream()
        .filter(e -> e.logicalResourceId().equals(logicalId))
        .map(StackEvent::resourceStatus)
        .toList();
  }

  @Test
  void create_interruptedWithAResourceInProgress_isRolledBack_leavingNothingInIam()
      throws IOException {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    before.crashWhen(e -> e.role("RecoverySecond").isPresent());

    assertThatThrownBy(() -> before.stacks().createStack(DEPLOYER, create("crashed", TWO_ROLES)))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    String id = before.stack("crashed").stackId;
    JsonNode left = file(id);
    assertThat(left.path("status").asText()).isEqualTo("CREATE_IN_PROGRESS");
    assertThat(left.path("pending").path("kind").asText()).isEqualTo("CREATE");
    assertThat(left.path("resources").path("First").path("status").asText())
        .isEqualTo("CREATE_COMPLETE");
    assertThat(left.path("resources").path("Second").path("status").asText())
        .isEqualTo("CREATE_IN_PROGRESS");
    assertThat(left.path("resources").has("Policy")).isFalse();
    assertThat(before.role("RecoverySecond")).isPresent();

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    Stack stack = after.stack(id);
    assertThat(stack.status).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(stack.pending).isNull();
    assertThat(after.role("RecoveryFirst")).isEmpty();
    assertThat(after.role("RecoverySecond")).isEmpty();
    assertThat(statuses(stack, "crashed"))
        .containsSubsequence("CREATE_IN_PROGRESS", "ROLLBACK_IN_PROGRESS", "ROLLBACK_COMPLETE");
    assertThat(statuses(stack, "Second")).endsWith("DELETE_COMPLETE");
    assertThat(file(id).path("status").asText()).isEqualTo("ROLLBACK_COMPLETE");
  }

  /**
   * A role of the same name existed before the stack: the stack's create of it fails ({@code
   * EntityAlreadyExists}), the rollback is interrupted, and no start deletes a role the stack never
   * made.
   */
  @Test
  void create_failingOnARoleItDidNotMake_interruptedInItsRollback_leavesThatRole() {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    someoneElsesRole(before);
    before.crashWhen(e -> e.status("rolling").filter("ROLLBACK_IN_PROGRESS"::equals).isPresent());

    assertThatThrownBy(() -> before.stacks().createStack(DEPLOYER, create("rolling", TWO_ROLES)))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    String id = before.stack("rolling").stackId;

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    Stack stack = after.stack(id);
    assertThat(stack.status).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(statuses(stack, "Second")).contains("CREATE_FAILED");
    assertThat(after.role("RecoveryFirst")).isEmpty();
    assertThat(after.role("RecoverySecond")).isPresent();
  }

  /** The stop comes as the stack is about to create a role that someone else's already has. */
  @Test
  void create_interruptedBeforeARoleItDidNotMake_leavesThatRole() {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    someoneElsesRole(before);
    before.crashWhen(e -> e.role("RecoveryFirst").isPresent());

    assertThatThrownBy(() -> before.stacks().createStack(DEPLOYER, create("foreign", TWO_ROLES)))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    String id = before.stack("foreign").stackId;

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    assertThat(after.stack(id).status).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(after.role("RecoveryFirst")).isEmpty();
    assertThat(after.role("RecoverySecond")).isPresent();
  }

  @Test
  void executeChangeSet_interrupted_isRolledBack_andTheChangeSetFailed() {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    before
        .changeSets()
        .createChangeSet(
            DEPLOYER,
            new CreateChangeSetRequest(
                "crashed-change-set",
                "initial",
                "CREATE",
                new TemplateSource(TWO_ROLES, null, false),
                List.of(),
                List.of("CAPABILITY_NAMED_IAM"),
                Map.of(),
                null));
    before.crashWhen(e -> e.role("RecoveryFirst").isPresent());

    assertThatThrownBy(
            () -> before.changeSets().executeChangeSet(DEPLOYER, "initial", "crashed-change-set"))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    String id = before.stack("crashed-change-set").stackId;

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    assertThat(after.stack(id).status).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(after.role("RecoveryFirst")).isEmpty();
    assertThat(after.changeSets().listChangeSets(ROOT, id))
        .extracting(ChangeSet::executionStatus)
        .containsExactly("EXECUTE_FAILED");
  }

  @Test
  void update_interruptedAfterTheTrustPolicyChanged_isRolledBack_toThePreviousTrustPolicy()
      throws IOException {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    before.stacks().createStack(DEPLOYER, create("updated", TWO_ROLES));
    before.crashWhen(
        e ->
            e.role("RecoveryFirst")
                .map(Role::assumeRolePolicyDocument)
                .filter(trust -> trust.contains("lambda.amazonaws.com"))
                .isPresent());

    assertThatThrownBy(
            () ->
                before
                    .stacks()
                    .updateStack(
                        DEPLOYER, update("updated", TWO_ROLES, "Service", "lambda.amazonaws.com")))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    String id = before.stack("updated").stackId;
    JsonNode left = file(id);
    assertThat(left.path("status").asText()).isEqualTo("UPDATE_IN_PROGRESS");
    assertThat(left.path("pending").path("kind").asText()).isEqualTo("UPDATE");
    assertThat(left.path("resources").path("First").path("status").asText())
        .isEqualTo("UPDATE_IN_PROGRESS");

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    Stack stack = after.stack(id);
    assertThat(stack.status).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
    assertThat(stack.pending).isNull();
    assertThat(stack.parameters).containsEntry("Service", "ecs-tasks.amazonaws.com");
    assertThat(after.role("RecoveryFirst").orElseThrow().assumeRolePolicyDocument())
        .contains("ecs-tasks.amazonaws.com")
        .doesNotContain("lambda");
    assertThat(after.role("RecoverySecond").orElseThrow().assumeRolePolicyDocument())
        .contains("ecs-tasks.amazonaws.com");
    assertThat(after.inlinePolicies("RecoverySecond")).containsExactlyInAnyOrder("inline", "push");
    assertThat(stack.resources.values())
        .extracting(StackResourceState::status)
        .allMatch(s -> s.equals("UPDATE_COMPLETE") || s.equals("CREATE_COMPLETE"));
  }

  /** A stack of {@link #MOVER} whose move to {@code /moved/} a stop interrupted. */
  private record Move(InProcessCloudFormation before, String stackId, String oldRole) {}

  /** Creates {@code name}, then stops its move once {@code when} holds of IAM and the old role. */
  private Move moveStopped(String name, BiPredicate<InProcessCloudFormation, String> when) {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    before.stacks().createStack(DEPLOYER, create(name, MOVER));
    String old = before.stack(name).resources.get("Mover").physicalId();
    before.crashWhen(e -> when.test(e, old));
    assertThatThrownBy(
            () -> before.stacks().updateStack(DEPLOYER, update(name, MOVER, "RolePath", "/moved/")))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    return new Move(before, before.stack(name).stackId, old);
  }

  /** The new half of the replacement, once IAM has it. */
  private static Optional<String> moved(InProcessCloudFormation emulator) {
    return emulator.roles("/moved/").stream().map(Role::roleName).findFirst();
  }

  /** The stack rolled back to the old role, with both policies on it and no other role. */
  private static void assertRolledBackToTheOldRole(InProcessCloudFormation after, Move move) {
    Stack stack = after.stack(move.stackId());
    assertThat(stack.status).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
    assertThat(stack.pending).isNull();
    assertThat(stack.resources.get("Mover").physicalId()).isEqualTo(move.oldRole());
    assertThat(after.roles("/")).extracting(Role::roleName).containsExactly(move.oldRole());
    assertThat(after.inlinePolicies(move.oldRole())).containsExactlyInAnyOrder("inline", "push");
    assertThat(stack.outputs)
        .extracting(StackOutput::value)
        .containsExactly("arn:aws:iam::000000000000:role/" + move.oldRole());
  }

  @Test
  void update_interruptedWhileCreatingAReplacement_isRolledBack_andTheNewHalfRemoved() {
    Move move = moveStopped("replacing", (e, old) -> moved(e).isPresent());
    assertThat(moved(move.before())).isPresent();

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    assertRolledBackToTheOldRole(after, move);
  }

  @Test
  void update_interruptedAfterTheReplacementWasApplied_isRolledBack_toTheOldRole() {
    // the new role is complete; the policy is about to move onto it
    Move move =
        moveStopped(
            "replaced",
            (e, old) -> moved(e).filter(n -> e.inlinePolicies(n).contains("inline")).isPresent());
    Stack left = move.before().stack(move.stackId());
    assertThat(left.status).isEqualTo("UPDATE_IN_PROGRESS");
    assertThat(left.resources.get("Mover").status()).isEqualTo("UPDATE_COMPLETE");
    assertThat(left.resources.get("Policy").status()).isEqualTo("UPDATE_IN_PROGRESS");

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    assertRolledBackToTheOldRole(after, move);
  }

  /**
   * The policy is on both roles when the stop comes: the rollback moves it back before it deletes
   * the new role, which IAM refuses to delete while a policy is on it ({@code DeleteConflict}).
   */
  @Test
  void update_interruptedWhileThePolicyMoves_isRolledBack_theNewRoleDeletedOnceThePolicyLeftIt() {
    Move move =
        moveStopped(
            "moving",
            (e, old) -> moved(e).filter(n -> e.inlinePolicies(n).contains("push")).isPresent());
    assertThat(move.before().inlinePolicies(move.oldRole())).contains("push");

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    assertRolledBackToTheOldRole(after, move);
  }

  /**
   * Once in {@code UPDATE_COMPLETE_CLEANUP_IN_PROGRESS} the update has succeeded: CloudFormation
   * finishes it, whatever its cleanup meets.
   */
  @Test
  void update_interruptedInItsCleanup_isCompleted_withTheNewTemplate_andTheOldRoleGone() {
    Move move =
        moveStopped(
            "cleaning",
            (e, old) ->
                moved(e).isPresent() && e.role(old).isPresent() && e.inlinePolicies(old).isEmpty());
    assertThat(move.before().stack(move.stackId()).status)
        .isEqualTo("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    Stack stack = after.stack(move.stackId());
    String moved = moved(after).orElseThrow();
    assertThat(stack.status).isEqualTo("UPDATE_COMPLETE");
    assertThat(stack.pending).isNull();
    assertThat(after.role(move.oldRole())).isEmpty();
    assertThat(stack.resources.get("Mover").physicalId()).isEqualTo(moved);
    assertThat(stack.parameters).containsEntry("RolePath", "/moved/");
    assertThat(after.inlinePolicies(moved)).containsExactlyInAnyOrder("inline", "push");
    assertThat(stack.outputs)
        .extracting(StackOutput::value)
        .containsExactly("arn:aws:iam::000000000000:role/moved/" + moved);
  }

  @Test
  void delete_interrupted_isFinished_leavingNothingInIam() throws IOException {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    before.stacks().createStack(DEPLOYER, create("deleted", TWO_ROLES));
    String id = before.stack("deleted").stackId;
    before.crashWhen(
        e ->
            e.role("RecoverySecond").isPresent()
                && !e.inlinePolicies("RecoverySecond").contains("push"));

    assertThatThrownBy(() -> before.stacks().deleteStack(DEPLOYER, "deleted"))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    assertThat(file(id).path("status").asText()).isEqualTo("DELETE_IN_PROGRESS");

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    Stack stack = after.stack(id);
    assertThat(stack.status).isEqualTo("DELETE_COMPLETE");
    assertThat(stack.resources.values())
        .extracting(StackResourceState::status)
        .containsOnly("DELETE_COMPLETE");
    assertThat(after.role("RecoveryFirst")).isEmpty();
    assertThat(after.role("RecoverySecond")).isEmpty();
    assertThat(after.stacks().describeStacks(ROOT, null)).isEmpty();
  }

  /**
   * A failed update's rollback stopped in its cleanup ({@code
   * UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS}): the stack is back on the old role already, and
   * the next start finishes the cleanup — the replacement's new half, which no resource of the
   * stack names any more, is still deleted (User Guide, "Stack status codes": the cleanup removes
   * new resources after a rollback).
   */
  @Test
  void update_rollbackInterruptedInItsCleanup_isFinished_theNewHalfDeleted() {
    InProcessCloudFormation before = InProcessCloudFormation.open(data);
    before.stacks().createStack(DEPLOYER, create("blocked", MOVER));
    String old = before.stack("blocked").resources.get("Mover").physicalId();
    someoneElsesRole(before);
    before.crashWhen(
        e -> e.status("blocked").orElse("").equals("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS"));
    String blocked =
        MOVER.replace(
            "Outputs:",
            """
              Blocker:
                Type: AWS::IAM::Role
                DependsOn: Policy
                Properties:
                  RoleName: RecoverySecond
                  AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: 'sts:AssumeRole'}]}
            Outputs:""");
    assertThatThrownBy(
            () ->
                before
                    .stacks()
                    .updateStack(DEPLOYER, update("blocked", blocked, "RolePath", "/moved/")))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    assertThat(moved(before)).isPresent();
    String id = before.stack("blocked").stackId;

    InProcessCloudFormation after = InProcessCloudFormation.open(data);

    Stack stack = after.stack(id);
    assertThat(stack.status).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
    assertThat(stack.pending).isNull();
    assertThat(stack.resources.get("Mover").physicalId()).isEqualTo(old);
    assertThat(after.roles("/")).extracting(Role::roleName).containsOnly(old, "RecoverySecond");
    assertThat(after.inlinePolicies(old)).containsExactlyInAnyOrder("inline", "push");
    assertThat(statuses(after.stack(id), "blocked"))
        .endsWith("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", "UPDATE_ROLLBACK_COMPLETE");
  }

  /** What a start recovered stays recovered: the next start finds nothing left to do. */
  @Test
  void recovery_isDoneOnce_theNextStartChangesNothing() {
    InProcessCloudFormation first = InProcessCloudFormation.open(data);
    first.crashWhen(e -> e.role("RecoverySecond").isPresent());
    assertThatThrownBy(() -> first.stacks().createStack(DEPLOYER, create("twice", TWO_ROLES)))
        .isInstanceOf(InProcessCloudFormation.Crash.class);
    String id = first.stack("twice").stackId;
    int events = InProcessCloudFormation.open(data).stack(id).events.size();

    InProcessCloudFormation again = InProcessCloudFormation.open(data);

    assertThat(again.stack(id).status).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(again.stack(id).events).hasSize(events);
    assertThat(again.role("RecoveryFirst")).isEmpty();
  }
}
