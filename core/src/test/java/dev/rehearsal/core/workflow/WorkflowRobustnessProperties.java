package dev.rehearsal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import dev.rehearsal.core.workflow.matrix.MatrixCombination;
import dev.rehearsal.core.workflow.source.WorkflowException;
import dev.rehearsal.core.workflow.trigger.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever text it is given, the workflow reader answers with a {@link Workflow} or a positioned
 * {@link WorkflowException}: never with another exception (no NPE, no ClassCastException, no
 * SnakeYAML exception leaking).
 */
class WorkflowRobustnessProperties {
  private static final String SEED = Workflows.seed();
  private static final String RICH =
      """
      name: CI
      on:
        push:
          branches: [main, 'releases/**', '!releases/**-alpha']
          paths: ['src/**']
        pull_request:
          types: [opened]
        workflow_dispatch:
          inputs:
            level: {type: choice, options: [a, b], default: a}
        schedule:
          - cron: '0 5 * * 1'
      permissions: {contents: read}
      env: {A: 1}
      defaults: {run: {shell: bash, working-directory: src}}
      concurrency: {group: ci, cancel-in-progress: true}
      jobs:
        build:
          runs-on: ${{ matrix.os }}
          environment: {name: prod, url: 'https://x'}
          permissions: {id-token: write}
          strategy:
            fail-fast: false
            matrix:
              os: [ubuntu-latest, macos-latest]
              node: [{version: 14}, {version: 20}]
              include: [{os: windows-latest, node: {version: 16}}]
              exclude: [{os: macos-latest}]
          steps:
            - id: co
              uses: actions/checkout@v4
              with: {fetch-depth: 0}
            - run: npm test
              if: ${{ always() }}
              timeout-minutes: 5
        deploy:
          needs: build
          if: github.ref == 'refs/heads/main'
          runs-on: [self-hosted, linux]
          outputs: {url: '${{ steps.d.outputs.url }}'}
          steps:
            - id: d
              run: echo
      """;
  private static final List<String> TOKENS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          "- ",
          ": ",
          "\n  ",
          "\n",
          "'",
          "\"",
          "&a ",
          "*a ",
          "!!str ",
          "!!binary ",
          "!!int ",
          "${{ ",
          " }}",
          "services:\n",
          "uses: ",
          "run: ",
          "needs: ",
          "needs: [build, deploy]",
          "permissions: write-all",
          "id-token: read",
          "branches-ignore: x",
          "matrix: []",
          "include: [{}]",
          "exclude: [{x: 1}]",
          "on",
          "yes",
          "~",
          "0x1F",
          "\t",
          "#",
          "---\n",
          "<<: *a",
          "?",
          "**",
          "[0-",
          "!",
          "\\");

  @Test
  void parse_ofAnyText_givesWorkflowOrWorkflowException() {
    qt().withExamples(500)
        .forAll(Gens.anyString(500))
        .checkAssert(WorkflowRobustnessProperties::assertWorkflowOrPositionedRefusal);
  }

  @Test
  void parse_ofSeedWithTextMutated_givesWorkflowOrWorkflowException() {
    qt().withExamples(500)
        .forAll(Gens.textMutants(SEED, TOKENS, 500))
        .checkAssert(WorkflowRobustnessProperties::assertWorkflowOrPositionedRefusal);
  }

  @Test
  void parse_ofRichWorkflowWithTextMutated_givesWorkflowOrWorkflowException() {
    qt().withExamples(1000)
        .forAll(Gens.textMutants(RICH, TOKENS, 1000))
        .checkAssert(WorkflowRobustnessProperties::assertWorkflowOrPositionedRefusal);
  }

  /** Any other exception escapes and fails the property. */
  private static void assertWorkflowOrPositionedRefusal(String text) {
    try {
      Workflow workflow = Workflow.parse(text);
      assertThat(workflow.jobsInOrder()).hasSameSizeAs(workflow.jobs());
      for (Job job : workflow.jobs()) {
        workflow.effectivePermissions(job, Event.push("refs/heads/main", List.of("src/a.js")));
        job.matrix()
            .filter(m -> !m.needsEvaluation())
            .ifPresent(m -> assertThat(m.expand()).allMatch(MatrixCombination.class::isInstance));
      }
      workflow.triggers().match(Event.push("refs/heads/releases/1", List.of("src/a")));
    } catch (WorkflowException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      assertThat(refused.location().isPresent() || refused.getMessage().contains("YAML"))
          .as("located: %s", refused.getMessage())
          .isTrue();
    }
  }
}
