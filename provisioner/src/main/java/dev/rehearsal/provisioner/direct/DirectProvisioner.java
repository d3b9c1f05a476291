package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.core.cloudformation.plan.StackPlanner;
import dev.rehearsal.provisioner.ProvisionException;
import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.Provisioner;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.check.TemplateCheck;
import dev.rehearsal.provisioner.direct.driver.Drivers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The direct way: {@code new DirectProvisioner(clients, stateFile).apply(request, listener)} plans
 * the template against the state record with core's {@link StackPlanner} and applies each step
 * through IAM and ECR. Each apply draws generated names from a seed of its own (the record's apply
 * count), so that a replacement gets a new name as CloudFormation's random suffix gives one.
 */
public final class DirectProvisioner implements Provisioner {
  private static final String NOT_UP_TO_DATE = "_IN_PROGRESS";

  private final AwsClients clients;
  private final StateFile file;
  private Drivers drivers;

  public DirectProvisioner(AwsClients clients, Path stateFile) {
    this.clients = clients;
    this.file = new StateFile(stateFile);
  }

  /** Where the state record is kept. */
  public Path stateFile() {
    return file.path();
  }

  @Override
  public StackPreview plan(StackRequest request) {
    Optional<StackState> state = read(request.stackName());
    return planned(request, state).preview(state.isPresent());
  }

  @Override
  public StackResult apply(StackRequest request, ProvisionListener listener) {
    Optional<StackState> state = read(request.stackName());
    Planned planned = planned(request, state);
    StackPreview preview = planned.preview(state.isPresent());
    listener.planned(preview);
    if (state.isPresent() && upToDate(state.get()) && !preview.hasChanges()) {
      listener.note("No changes to deploy. Stack " + request.stackName() + " is up to date");
      StackState same = state.get();
      return new StackResult(
          same.stackName(),
          same.status(),
          true,
          false,
          Optional.empty(),
          same.outputs(),
          List.of());
    }
    StackState start = state.orElseGet(() -> fresh(request, planned.settings())).counted();
    EventLog log = new EventLog(listener, start.stackName(), start.stackId());
    return new ApplyRun(drivers(), file, start, request, planned, log).run();
  }

  @Override
  public StackResult destroy(String stackName, ProvisionListener listener) {
    StackState state =
        read(stackName)
            .orElseThrow(
                () ->
                    new ProvisionException(
                        "ValidationError",
                        "Stack with id "
                            + stackName
                            + " does not exist (no state record at "
                            + file.path()
                            + ")"));
    EventLog log = new EventLog(listener, stackName, state.stackId());
    log.stack("DELETE_IN_PROGRESS", "User Initiated");
    Deletion deletion = new Deletion(drivers(), log);
    List<DeployedResource> leftovers = new java.util.ArrayList<>(state.leftovers());
    for (DeployedResource leftover : state.leftovers()) {
      deleteQuietly(deletion, leftover, () -> leftovers.remove(leftover));
    }
    Map<String, DeployedResource> remaining = state.deployed();
    for (PlanStep.Delete step : StackPlanner.teardown(state.deployed())) {
      deleteQuietly(
          deletion,
          remaining.get(step.logicalId()),
          () -> {
            remaining.remove(step.logicalId());
            file.write(state.with("DELETE_IN_PROGRESS", remaining.values(), leftovers));
          });
    }
    boolean gone = remaining.isEmpty() && leftovers.isEmpty();
    String status = gone ? "DELETE_COMPLETE" : "DELETE_FAILED";
    if (gone) {
      file.delete();
    } else {
      file.write(state.with(status, remaining.values(), leftovers));
    }
    log.stack(status, null);
    return new StackResult(stackName, status, gone, true, log.firstFailure(), Map.of(), log.all());
  }

  private static void deleteQuietly(Deletion deletion, DeployedResource resource, Runnable done) {
    try {
      deletion.delete(resource);
      done.run();
    } catch (StepFailed stillThere) {
      // its DELETE_FAILED event says why; it stays recorded
    }
  }

  /** Settings with this apply's seed, the plan, and core's lint: nothing is changed here. */
  private Planned planned(StackRequest request, Optional<StackState> state) {
    StackSettings settings =
        new StackSettings(
            request.stackName(),
            clients.region(),
            clients.accountId(),
            request.parameters(),
            state.map(StackState::applies).orElse(0L) + 1);
    Map<String, DeployedResource> deployed =
        state.map(StackState::deployed).orElseGet(LinkedHashMap::new);
    Planned planned =
        new Planned(settings, StackPlanner.plan(request.template(), settings, deployed));
    TemplateCheck.refuseWhatIamRejects(planned.plan().desired());
    return planned;
  }

  private StackState fresh(StackRequest request, StackSettings settings) {
    return new StackState(
        StackState.VERSION,
        request.stackName(),
        settings.stackId(),
        clients.target().describe(),
        clients.region(),
        clients.accountId(),
        0,
        "CREATE_IN_PROGRESS",
        "",
        Map.of(),
        List.of(),
        List.of(),
        Map.of());
  }

  /**
   * The record of {@code stackName}, if there is one; a record of another stack, endpoint, region
   * or account is refused rather than applied somewhere it does not describe.
   */
  private Optional<StackState> read(String stackName) {
    Optional<StackState> state = file.read();
    state.ifPresent(
        s -> {
          String here =
              stackName + " at " + clients.target().describe() + " in " + clients.region();
          String there = s.stackName() + " at " + s.endpoint() + " in " + s.region();
          if (!here.equals(there)) {
            throw new ProvisionException(
                "StateMismatch",
                "The state record "
                    + file.path()
                    + " describes stack "
                    + there
                    + ", not "
                    + here
                    + ": give another --state file");
          }
          if (!s.accountId().equals(clients.accountId())) {
            throw new ProvisionException(
                "StateMismatch",
                "The state record "
                    + file.path()
                    + " describes account "
                    + s.accountId()
                    + ", but the credentials are account "
                    + clients.accountId());
          }
        });
    return state;
  }

  private static boolean upToDate(StackState state) {
    return !state.status().endsWith(NOT_UP_TO_DATE)
        && state.leftovers().isEmpty()
        && state.applied();
  }

  private Drivers drivers() {
    if (drivers == null) {
      drivers = new Drivers(clients.iam(), clients.ecr());
    }
    return drivers;
  }
}
