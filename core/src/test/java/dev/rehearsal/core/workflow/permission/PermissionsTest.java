package dev.rehearsal.core.workflow.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.workflow.Job;
import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.source.WorkflowException;
import dev.rehearsal.core.workflow.trigger.Event;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token a job gets: docs.github.com, "GITHUB_TOKEN reference" ("Permissions for the
 * GITHUB_TOKEN", "How permissions are calculated for a workflow job") and "Workflow syntax for
 * GitHub Actions" ({@code permissions}, {@code jobs.<job_id>.permissions}).
 */
class PermissionsTest {
  private static final Event PUSH = Event.push("refs/heads/main", List.of("a"));
  private static final Event FORK_PULL_REQUEST =
      Event.pullRequest("main", List.of("a")).withFork(true);

  private static EffectivePermissions token(
      String workflowPermissions, String jobPermissions, Event event, TokenSettings settings) {
    String yaml =
        "on: [push, pull_request, pull_request_target]\n"
            + (workflowPermissions.isEmpty() ? "" : "permissions: " + workflowPermissions + "\n")
            + "jobs:\n  build:\n    runs-on: ubuntu-latest\n"
            + (jobPermissions.isEmpty() ? "" : "    permissions: " + jobPermissions + "\n")
            + "    steps:\n      - run: echo\n";
    Workflow workflow = Workflow.parse(yaml);
    Job job = workflow.job("build").orElseThrow();
    return workflow.effectivePermissions(job, event, settings);
  }

  /** Rows: workflow permissions, job permissions, settings, event, expected token. */
  static Stream<Arguments> tokens() {
    TokenSettings restricted = TokenSettings.restricted();
    TokenSettings permissive = TokenSettings.permissive();
    TokenSettings forkWrites = new TokenSettings(DefaultPermissions.RESTRICTED, true);
    String permissiveToken =
        "{actions: write, artifact-metadata: write, attestations: write, checks: write, contents:"
            + " write, deployments: write, discussions: write, issues: write, metadata: read,"
            + " models: read, packages: write, pages: write, pull-requests: write,"
            + " repository-projects: write, security-events: write, statuses: write}";
    return Stream.of(
        // the table's "restricted" column: contents and packages read (metadata read)
        Arguments.of("", "", restricted, PUSH, "{contents: read, metadata: read, packages: read}"),
        // the "permissive" column: read/write everywhere, models read, no id-token
        Arguments.of("", "", permissive, PUSH, permissiveToken),
        // "all of those that are not specified are set to none"
        Arguments.of(
            "", "{id-token: write}", restricted, PUSH, "{id-token: write, metadata: read}"),
        Arguments.of("{}", "", permissive, PUSH, "{metadata: read}"),
        // read-all and write-all: models at most read; read-all's id-token read grants no token
        Arguments.of(
            "read-all",
            "",
            restricted,
            PUSH,
            "{actions: read, artifact-metadata: read, attestations: read, checks: read, contents:"
                + " read, deployments: read, discussions: read, id-token: read, issues: read,"
                + " metadata: read, models: read, packages: read, pages: read, pull-requests: read,"
                + " repository-projects: read, security-events: read, statuses: read}"),
        // the job's permissions replace the workflow's
        Arguments.of(
            "write-all", "{contents: read}", restricted, PUSH, "{contents: read, metadata: read}"),
        Arguments.of(
            "{id-token: write}", "", restricted, PUSH, "{id-token: write, metadata: read}"),
        // a pull request from a fork: write becomes read, no id-token
        Arguments.of(
            "",
            "{id-token: write, contents: write}",
            restricted,
            FORK_PULL_REQUEST,
            "{contents: read, metadata: read}"),
        // ... unless "Send write tokens to workflows from pull requests" is on
        Arguments.of(
            "",
            "{id-token: write, contents: write}",
            forkWrites,
            FORK_PULL_REQUEST,
            "{contents: write, id-token: write, metadata: read}"),
        // pull_request_target "is granted read/write repository permission" even from a fork
        Arguments.of(
            "",
            "{id-token: write, contents: write}",
            restricted,
            Event.of("pull_request_target").withFork(true),
            "{contents: write, id-token: write, metadata: read}"));
  }

  @ParameterizedTest(name = "workflow {0}, job {1}, {2}, {3} -> {4}")
  @MethodSource("tokens")
  void effectivePermissions_table(
      String workflow, String job, TokenSettings settings, Event event, String expected) {
    assertThat(token(workflow, job, event, settings).permissions()).hasToString(expected);
  }

  @Test
  void grantsIdToken_onlyForIdTokenWrite() {
    assertThat(token("", "{id-token: write}", PUSH, TokenSettings.restricted()).grantsIdToken())
        .isTrue();
    assertThat(token("read-all", "", PUSH, TokenSettings.restricted()).grantsIdToken()).isFalse();
    assertThat(token("write-all", "", PUSH, TokenSettings.restricted()).grantsIdToken()).isTrue();
    assertThat(token("", "", PUSH, TokenSettings.permissive()).grantsIdToken()).isFalse();
    assertThat(
            token("", "{id-token: write}", FORK_PULL_REQUEST, TokenSettings.restricted())
                .grantsIdToken())
        .isFalse();
  }

  @Test
  void effectivePermissions_saysWhereTheTokenComesFrom() {
    EffectivePermissions token =
        token("", "{id-token: write}", FORK_PULL_REQUEST, TokenSettings.restricted());

    assertThat(token.reasons())
        .containsExactly(
            "the job's permissions (line 5, column 5)",
            "capped for a pull_request from a fork: read-only, without id-token and models");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{id-token: read}| Unexpected value 'read' at line 5, column 29"
            + " (jobs.build.permissions.id-token): id-token is none or write",
        "{models: write}| Unexpected value 'write' at line 5, column 27"
            + " (jobs.build.permissions.models): models is none or read",
        "{metadata: read}| Unexpected value 'metadata' at line 5, column 19"
            + " (jobs.build.permissions.metadata): the scopes are actions, artifact-metadata",
        "{contents: admin}| Unexpected value 'admin' at line 5, column 29",
        "read| Unexpected value 'read' at line 5, column 18 (jobs.build.permissions)",
      })
  void read_refusal_namesTheScopeAndItsLine(String permissions, String message) {
    assertThatThrownBy(() -> token("", permissions, PUSH, TokenSettings.restricted()))
        .isInstanceOf(WorkflowException.class)
        .hasMessageStartingWith(message.strip());
  }
}
