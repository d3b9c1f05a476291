package dev.rehearsal.core.workflow.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.Workflows;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code on} and its filters, with the examples of docs.github.com, "Workflow syntax for GitHub
 * Actions" ({@code on.push.<branches|tags|branches-ignore|tags-ignore>}, {@code
 * on.<push|pull_request|pull_request_target>.<paths|paths-ignore>}).
 */
class TriggersTest {
  private static Triggers triggers(String on) {
    return Workflow.parse(Workflows.withOn(on)).triggers();
  }

  private static final String INCLUDING_BRANCHES_AND_TAGS =
      """
      on:
        push:
          # Sequence of patterns matched against refs/heads
          branches:
            - main
            - 'mona/octocat'
            - 'releases/**'
          # Sequence of patterns matched against refs/tags
          tags:
            - v2
            - v1.*
      """;

  @ParameterizedTest(name = "push to {0} runs: {1}")
  @CsvSource({
    "refs/heads/main, true",
    "refs/heads/mona/octocat, true",
    "refs/heads/releases/10, true",
    "refs/tags/v2, true",
    "refs/tags/v1.9.1, true",
    "refs/heads/dev, false",
    "refs/tags/v3, false",
  })
  void match_includingBranchesAndTags_docsExample(String ref, boolean runs) {
    assertThat(triggers(INCLUDING_BRANCHES_AND_TAGS).match(Event.push(ref, List.of("a"))).runs())
        .isEqualTo(runs);
  }

  private static final String EXCLUDING_BRANCHES_AND_TAGS =
      """
      on:
        push:
          # Sequence of patterns matched against refs/heads
          branches-ignore:
            - 'mona/octocat'
            - 'releases/**-alpha'
          # Sequence of patterns matched against refs/tags
          tags-ignore:
            - v2
            - v1.*
      """;

  @ParameterizedTest(name = "push to {0} runs: {1}")
  @CsvSource({
    "refs/heads/mona/octocat, false",
    "refs/heads/releases/beta/3-alpha, false",
    "refs/tags/v2, false",
    "refs/tags/v1.9, false",
    "refs/heads/main, true",
    "refs/tags/v3, true",
  })
  void match_excludingBranchesAndTags_docsExample(String ref, boolean runs) {
    assertThat(triggers(EXCLUDING_BRANCHES_AND_TAGS).match(Event.push(ref, List.of("a"))).runs())
        .isEqualTo(runs);
  }

  private static final String INCLUDING_AND_EXCLUDING_BRANCHES =
      """
      on:
        push:
          branches:
            - 'releases/**'
            - '!releases/**-alpha'
      """;

  @ParameterizedTest(name = "push to {0} runs: {1}")
  @CsvSource({
    "refs/heads/releases/10, true",
    "refs/heads/releases/beta/mona, true",
    "refs/heads/releases/10-alpha, false",
    "refs/heads/releases/beta/3-alpha, false",
  })
  void match_includingAndExcludingBranches_docsExample(String ref, boolean runs) {
    assertThat(
            triggers(INCLUDING_AND_EXCLUDING_BRANCHES).match(Event.push(ref, List.of("a"))).runs())
        .isEqualTo(runs);
  }

  @Test
  void match_negatedBranchPattern_namesThePatternThatExcludes() {
    TriggerMatch match =
        triggers(INCLUDING_AND_EXCLUDING_BRANCHES)
            .match(Event.push("refs/heads/releases/10-alpha", List.of("a")));

    assertThat(match.reason())
        .isEqualTo(
            "push to refs/heads/releases/10-alpha does not match branches [releases/**,"
                + " !releases/**-alpha] ('!releases/**-alpha' excludes it)");
  }

  @ParameterizedTest(name = "push changing {0} runs: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // "the following workflow would run anytime you push a JavaScript file"
        "**.js; src/app.js; true",
        "**.js; README.md; false",
        // "will only run on push events that include at least one file outside the docs directory"
        "docs/** (ignore); docs/a.md|docs/b.md; false",
        "docs/** (ignore); docs/a.md|src/app.js; true",
        // "a push that changed sub-project/index.js or sub-project/src/index.js will trigger ...,
        // but a push changing only sub-project/docs/readme.md will not"
        "sub-project/**|!sub-project/docs/**; sub-project/index.js; true",
        "sub-project/**|!sub-project/docs/**; sub-project/src/index.js; true",
        "sub-project/**|!sub-project/docs/**; sub-project/docs/readme.md; false",
      })
  void match_pathFilters_docsExamples(String patterns, String changed, boolean runs) {
    boolean ignore = patterns.endsWith(" (ignore)");
    String list =
        Arrays.stream(patterns.replace(" (ignore)", "").split("\\|"))
            .map(p -> "'" + p + "'")
            .collect(Collectors.joining(", "));
    Triggers triggers =
        triggers("on:\n  push:\n    " + (ignore ? "paths-ignore" : "paths") + ": [" + list + "]");

    assertThat(triggers.match(Event.push("refs/heads/main", List.of(changed.split("\\|")))).runs())
        .isEqualTo(runs);
  }

  @Test
  void match_pathFilterStopsTheEvent_saysWhichFiles() {
    Triggers paths = triggers("on:\n  push:\n    paths: ['src/**']");
    Triggers ignored = triggers("on:\n  push:\n    paths-ignore: ['docs/**']");

    assertThat(paths.match(Event.push("refs/heads/main", List.of("README.md"))).reason())
        .isEqualTo("the changed file README.md does not match paths [src/**]");
    assertThat(paths.match(Event.push("refs/heads/main", List.of("a", "b"))).reason())
        .isEqualTo("none of the 2 changed files matches paths [src/**]");
    assertThat(ignored.match(Event.push("refs/heads/main", List.of("docs/a", "docs/b"))).reason())
        .isEqualTo("every one of the 2 changed files matches paths-ignore [docs/**]");
  }

  @Test
  void match_onlyTheFirst300ChangedFilesAreFiltered() {
    List<String> changed = new java.util.ArrayList<>(java.util.Collections.nCopies(300, "docs/a"));
    changed.add("src/app.js");

    TriggerMatch match =
        triggers("on:\n  push:\n    paths: ['src/**']")
            .match(Event.push("refs/heads/main", changed));

    assertThat(match.runs()).isFalse();
    assertThat(match.reason()).endsWith("(GitHub looks at the first 300 only)");
  }

  @Test
  void match_tagPushWithOnlyBranchesFiltered_doesNotRun() {
    TriggerMatch match =
        triggers("on:\n  push:\n    branches: [main]").match(Event.push("refs/tags/v1", List.of()));

    assertThat(match.runs()).isFalse();
    assertThat(match.reason())
        .isEqualTo(
            "push to refs/tags/v1 does not run it: the trigger filters branches [main] and not"
                + " tags");
  }

  @Test
  void match_tagPush_pathsAreNotEvaluated() {
    Triggers triggers = triggers("on:\n  push:\n    tags: ['v*']\n    paths: ['src/**']");

    assertThat(triggers.match(Event.push("refs/tags/v1", List.of("README.md"))).runs()).isTrue();
  }

  @Test
  void match_unknownDiff_runsWithAPathFilter() {
    Triggers triggers = triggers("on:\n  push:\n    paths: ['src/**']");

    TriggerMatch match =
        triggers.match(Event.push("refs/heads/main", List.of()).withUnknownChanges());

    assertThat(match.runs()).isTrue();
    assertThat(match.reason()).contains("not evaluated");
  }

  @Test
  void match_noChangedFiles_doesNotRunWithAPathFilter() {
    TriggerMatch match =
        triggers("on:\n  push:\n    paths-ignore: ['docs/**']")
            .match(Event.push("refs/heads/main", List.of()));

    assertThat(match.runs()).isFalse();
    assertThat(match.reason()).contains("changed no files");
  }

  @Test
  void match_pullRequestClosed_isNotADefaultType() {
    TriggerMatch match =
        triggers("on: pull_request").match(Event.pullRequest("main", List.of()).withType("closed"));

    assertThat(match.runs()).isFalse();
    assertThat(match.reason())
        .isEqualTo(
            "pull_request activity type 'closed' is not in types [opened, synchronize, reopened]"
                + " (the default when types is not given)");
  }

  @Test
  void match_pullRequestTypesAndBaseBranch() {
    Triggers triggers = triggers("on:\n  pull_request:\n    types: [closed]\n    branches: [main]");

    assertThat(triggers.match(Event.pullRequest("main", List.of()).withType("closed")).runs())
        .isTrue();
    assertThat(
            triggers
                .match(Event.pullRequest("refs/heads/dev", List.of()).withType("closed"))
                .runs())
        .isFalse();
  }

  @Test
  void read_onAsStringListOrMapping_namesTheEventsInOrder() {
    assertThat(triggers("on: push").names()).containsExactly("push");
    assertThat(triggers("on: [push, workflow_dispatch]").names())
        .containsExactly("push", "workflow_dispatch");
    assertThat(triggers("on:\n  release:\n  schedule:\n    - cron: '30 5 * * 1'").names())
        .containsExactly("release", "schedule");
  }

  @Test
  void read_schedule_keepsTheCronLines() {
    EventTrigger schedule =
        triggers("on:\n  schedule:\n    - cron: '30 5,17 * * *'").event("schedule").orElseThrow();

    assertThat(schedule.schedules()).extracting(Schedule::cron).containsExactly("30 5,17 * * *");
  }

  @Test
  void read_workflowDispatchInputs() {
    EventTrigger dispatch =
        triggers(
                """
                on:
                  workflow_dispatch:
                    inputs:
                      logLevel:
                        description: 'Log level'
                        required: true
                        default: 'warning'
                        type: choice
                        options: [info, warning, debug]
                      print_tags:
                        type: boolean
                        default: true
                      environment:
                        type: environment
                """)
            .event("workflow_dispatch")
            .orElseThrow();

    DispatchInput logLevel = dispatch.input("logLevel").orElseThrow();
    assertThat(logLevel.type()).isEqualTo(DispatchInput.Type.CHOICE);
    assertThat(logLevel.required()).isTrue();
    assertThat(logLevel.defaultValue()).contains("warning");
    assertThat(logLevel.options()).containsExactly("info", "warning", "debug");
    assertThat(dispatch.input("print_tags").orElseThrow().defaultValue()).contains("true");
    assertThat(dispatch.input("environment").orElseThrow().type())
        .isEqualTo(DispatchInput.Type.ENVIRONMENT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "on:\\n  push:\\n    branches: [main]\\n    branches-ignore: [dev]"
            + "| you may only define one of branches and branches-ignore for a single event at"
            + " line 4, column 5 (on.push.branches-ignore)",
        "on:\\n  push:\\n    tags-ignore: [v1]\\n    tags: [v2]"
            + "| you may only define one of tags and tags-ignore for a single event at line 4,"
            + " column 5 (on.push.tags)",
        "on:\\n  pull_request:\\n    paths: [a]\\n    paths-ignore: [b]"
            + "| you may only define one of paths and paths-ignore for a single event at line 4,"
            + " column 5 (on.pull_request.paths-ignore)",
        "on: pul_request"
            + "| Unexpected value 'pul_request' at line 1, column 5 (on): did you mean"
            + " 'pull_request'?",
        "on:\\n  push:\\n    types: [created]"
            + "| Unexpected value 'types' at line 3, column 5 (on.push.types): push supports"
            + " branches, branches-ignore, tags, tags-ignore, paths, paths-ignore",
        "on:\\n  workflow_call:\\n    inputs: {}"
            + "| Unsupported key 'inputs' at line 3, column 5 (on.workflow_call.inputs): reusable"
            + " workflows (workflow_call) are not run by the rehearsal",
        "on:\\n  push:\\n    branches: ['release/v[0-9']"
            + "| Invalid pattern 'release/v[0-9' at line 3, column 16 (on.push.branches[0]):"
            + " missing closing bracket",
        "on:\\n  push:\\n    branches: ['${{ github.ref }}']"
            + "| A template expression is not allowed in this context at line 3, column 16",
        "on:\\n  schedule:\\n    - cron: '5 * *'"
            + "| Invalid cron expression. Expected format: '* * * * *' (minute hour day month"
            + " weekday) at line 3, column 13 (on.schedule[0].cron)",
        "on:\\n  workflow_dispatch:\\n    inputs:\\n      level:\\n        type: choice"
            + "| Missing 'options' for choice input at line 5, column 9",
        "on:\\n  workflow_dispatch:\\n    inputs:\\n      level:\\n        options: [a]"
            + "| Input type is not 'choice', but 'options' is defined at line 5, column 18",
        "on:\\n  workflow_dispatch:\\n    inputs:\\n      level:\\n        kind: string"
            + "| Invalid key 'kind' at line 5, column 9 (on.workflow_dispatch.inputs.level.kind)",
        "on:\\n  workflow_dispatch:\\n    inputs:\\n      dry:\\n        type: boolean\\n"
            + "        default: maybe"
            + "| Unexpected value 'maybe' at line 6, column 18"
            + " (on.workflow_dispatch.inputs.dry.default): the default of a boolean input is a"
            + " boolean",
      })
  void read_refusal_namesTheKeyAndItsLine(String on, String message) {
    assertThatThrownBy(() -> triggers(on.replace("\\n", "\n")))
        .isInstanceOf(WorkflowException.class)
        .hasMessageStartingWith(message.strip());
  }
}
