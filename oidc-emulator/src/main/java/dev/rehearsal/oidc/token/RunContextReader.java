package dev.rehearsal.oidc.token;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.github.RepositoryVisibility;
import dev.rehearsal.core.github.RunnerEnvironment;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.github.WorkflowRunBuilder;
import dev.rehearsal.oidc.http.GitHubErrors;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Reads a run context, the JSON the admin API takes to describe a job, into core's {@link
 * WorkflowRun}. Members are named after the token claims they set ({@code repository}, {@code
 * run_id}, ...); identifiers may be strings or whole numbers. What is not given keeps {@link
 * WorkflowRunBuilder}'s default; {@code null} clears an optional claim. Core validates the values.
 */
public final class RunContextReader {
  private static final Map<String, BiConsumer<WorkflowRunBuilder, String>> TEXT =
      Map.ofEntries(
          Map.entry("repository", WorkflowRunBuilder::repository),
          Map.entry("repository_id", WorkflowRunBuilder::repositoryId),
          Map.entry("repository_owner_id", WorkflowRunBuilder::repositoryOwnerId),
          Map.entry("ref", WorkflowRunBuilder::ref),
          Map.entry("sha", WorkflowRunBuilder::sha),
          Map.entry("event_name", WorkflowRunBuilder::eventName),
          Map.entry("base_ref", WorkflowRunBuilder::baseRef),
          Map.entry("head_ref", WorkflowRunBuilder::headRef),
          Map.entry("environment", WorkflowRunBuilder::environment),
          Map.entry("environment_node_id", WorkflowRunBuilder::environmentNodeId),
          Map.entry("actor", WorkflowRunBuilder::actor),
          Map.entry("actor_id", WorkflowRunBuilder::actorId),
          Map.entry("workflow", WorkflowRunBuilder::workflow),
          Map.entry("workflow_path", WorkflowRunBuilder::workflowPath),
          Map.entry("workflow_ref", WorkflowRunBuilder::workflowRef),
          Map.entry("workflow_sha", WorkflowRunBuilder::workflowSha),
          Map.entry("job_workflow_ref", WorkflowRunBuilder::jobWorkflowRef),
          Map.entry("job_workflow_sha", WorkflowRunBuilder::jobWorkflowSha),
          Map.entry("run_id", WorkflowRunBuilder::runId),
          Map.entry("run_number", WorkflowRunBuilder::runNumber),
          Map.entry("run_attempt", WorkflowRunBuilder::runAttempt),
          Map.entry("check_run_id", WorkflowRunBuilder::checkRunId));
  private static final Set<String> FLAGS = Set.of("ref_protected", "immutable_subject");
  private static final Set<String> CHOICES =
      Set.of("repository_visibility", "runner_environment", "enterprise", "enterprise_id");

  /** Every member a run context may have. */
  public static final Set<String> FIELDS = fields();

  private RunContextReader() {}

  /**
   * The run a body describes; {@code otherMembers} are the members the endpoint itself reads (e.g.
   * {@code permissions}), every other unknown member is refused so that a typo never goes unseen.
   */
  public static WorkflowRun read(JsonNode body, Set<String> otherMembers) {
    if (body == null || !body.isObject()) {
      throw GitHubErrors.problemsParsingJson("the body must be a JSON object");
    }
    rejectUnknown(body, otherMembers);
    WorkflowRunBuilder builder = WorkflowRun.builder();
    TEXT.forEach(
        (name, setter) -> {
          if (body.has(name)) {
            setter.accept(builder, text(body, name));
          }
        });
    if (body.has("ref_protected")) {
      builder.refProtected(flag(body, "ref_protected"));
    }
    if (body.has("immutable_subject")) {
      builder.immutableSubject(flag(body, "immutable_subject"));
    }
    if (body.has("repository_visibility")) {
      builder.repositoryVisibility(
          choice(body, "repository_visibility", RepositoryVisibility.values()));
    }
    if (body.has("runner_environment")) {
      builder.runnerEnvironment(choice(body, "runner_environment", RunnerEnvironment.values()));
    }
    if (body.has("enterprise") || body.has("enterprise_id")) {
      builder.enterprise(text(body, "enterprise"), text(body, "enterprise_id"));
    }
    return builder.build();
  }

  private static void rejectUnknown(JsonNode body, Set<String> otherMembers) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name) && !otherMembers.contains(name)) {
        TreeSet<String> known = new TreeSet<>(FIELDS);
        known.addAll(otherMembers);
        throw GitHubErrors.validationFailed(
            "unknown member '" + name + "' in the run context; known members: " + known);
      }
    }
  }

  /** A string member, or a whole number written as a JSON number; {@code null} stays null. */
  static String text(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    throw GitHubErrors.validationFailed(
        "member '" + name + "' must be a string (or a whole number), got " + value);
  }

  private static boolean flag(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (!value.isBoolean()) {
      throw GitHubErrors.validationFailed(
          "member '" + name + "' must be true or false, got " + value);
    }
    return value.booleanValue();
  }

  private static <E extends Enum<E>> E choice(JsonNode body, String name, E[] values) {
    String given = text(body, name);
    for (E value : values) {
      if (claimValue(value).equals(given)) {
        return value;
      }
    }
    String expected =
        Arrays.stream(values).map(RunContextReader::claimValue).collect(Collectors.joining(", "));
    throw GitHubErrors.validationFailed(
        "member '" + name + "' must be one of " + expected + ", got '" + given + "'");
  }

  private static String claimValue(Enum<?> value) {
    if (value instanceof RepositoryVisibility visibility) {
      return visibility.claimValue();
    }
    if (value instanceof RunnerEnvironment environment) {
      return environment.claimValue();
    }
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static Set<String> fields() {
    TreeSet<String> fields = new TreeSet<>(TEXT.keySet());
    fields.addAll(FLAGS);
    fields.addAll(CHOICES);
    return Set.copyOf(fields);
  }
}
