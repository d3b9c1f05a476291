package dev.rehearsal.core.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.workflow.source.WorkflowException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every refusal names the key (its path in the file) and its line and column; where GitHub has
 * words for the problem, they are GitHub's (actions/runner's workflow parser and template reader,
 * or the messages of github.com quoted in issues).
 */
class WorkflowRefusalsTest {
  private static final String STEPS = "    steps:\\n      - run: echo\\n";
  private static final String RUNS_ON = "    runs-on: ubuntu-latest\\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // what the rehearsal does not run
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    services:\\n      redis:\\n"
            + "        image: redis\\n"
            + STEPS
            + "| Unsupported key 'services' at line 5, column 5 (jobs.build.services): the"
            + " rehearsal runs jobs on the host, without service containers; a job supports name,"
            + " runs-on, needs",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    container: node:20\\n"
            + STEPS
            + "| Unsupported key 'container' at line 5, column 5 (jobs.build.container)",
        "on: push\\njobs:\\n  call:\\n    uses: octo-org/repo/.github/workflows/x.yml@main\\n"
            + "    secrets: inherit\\n"
            + "| Unsupported key 'uses' at line 4, column 5 (jobs.call.uses): reusable workflows"
            + " are not run by the rehearsal",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      - run: npm start\\n"
            + "        background: true\\n"
            + "| Unsupported key 'background' at line 7, column 9 (jobs.build.steps[0].background)",
        // keys GitHub does not know
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    runson: linux\\n"
            + STEPS
            + "| Unexpected value 'runson' at line 5, column 5 (jobs.build.runson): a job supports",
        "on: push\\nenviroment: prod\\njobs:\\n  build:\\n"
            + RUNS_ON
            + STEPS
            + "| Unexpected value 'enviroment' at line 2, column 1 (enviroment): a workflow"
            + " supports name, run-name, on",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      - run: echo\\n"
            + "        with: {a: b}\\n"
            + "| Unexpected value 'with' at line 7, column 9 (jobs.build.steps[0].with): a step"
            + " with 'run' has no 'with'",
        // structure
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      - uses: actions/checkout@v4\\n"
            + "        run: echo\\n"
            + "| a step cannot have both the `uses` and `run` keys at line 6, column 9"
            + " (jobs.build.steps[0])",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      - name: Build\\n"
            + "| every step must define a `uses` or `run` key at line 6, column 9"
            + " (jobs.build.steps[0])",
        "on: push\\njobs:\\n  build:\\n"
            + STEPS
            + "| Required property is missing: runs-on at line 4, column 5 (jobs.build)",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "| No steps defined in `steps` and no workflow called in `uses` for the following"
            + " jobs: build at line 3, column 3 (jobs.build)",
        "jobs:\\n  build:\\n"
            + RUNS_ON
            + STEPS
            + "| Required property is missing: on at line 1, column 1",
        "on: push\\n| Required property is missing: jobs at line 1, column 1",
        "on: push\\njobs:\\n  a:\\n"
            + RUNS_ON
            + STEPS
            + "  build:\\n"
            + RUNS_ON
            + "    needs: buld\\n"
            + STEPS
            + "| Job 'build' depends on unknown job 'buld'. at line 9, column 12"
            + " (jobs.build.needs)",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    needs: buld\\n"
            + STEPS
            + "| The workflow must contain at least one job with no dependencies.",
        "on: push\\njobs:\\n  a:\\n"
            + RUNS_ON
            + STEPS
            + "  b:\\n"
            + RUNS_ON
            + "    needs: [a, c]\\n"
            + STEPS
            + "  c:\\n"
            + RUNS_ON
            + "    needs: b\\n"
            + STEPS
            + "| Job 'b' depends on job 'c' which creates a cycle in the dependency graph. at line"
            + " 9, column 16 (jobs.b.needs[1])",
        "on: push\\njobs:\\n  a:\\n"
            + RUNS_ON
            + "    needs: a\\n"
            + STEPS
            + "| The workflow must contain at least one job with no dependencies. at line 3,"
            + " column 3 (jobs)",
        // identifiers
        "on: push\\njobs:\\n  1build:\\n"
            + RUNS_ON
            + STEPS
            + "| The identifier '1build' is invalid. IDs may only contain alphanumeric characters,"
            + " '_', and '-'. IDs must start with a letter or '_' and must be less than 100"
            + " characters. at line 3, column 3 (jobs.1build)",
        "on: push\\njobs:\\n  build.linux:\\n"
            + RUNS_ON
            + STEPS
            + "| The identifier 'build.linux' is invalid.",
        "on: push\\njobs:\\n  __build:\\n"
            + RUNS_ON
            + STEPS
            + "| The identifier '__build' is invalid. IDs starting with '__' are reserved. at line"
            + " 3, column 3",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + STEPS
            + "  Build:\\n"
            + RUNS_ON
            + STEPS
            + "| 'Build' is already defined at line 7, column 3 (jobs.Build)",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      - id: login\\n"
            + "        run: echo\\n      - id: Login\\n        run: echo\\n"
            + "| The identifier 'Login' may not be used more than once within the same scope. at"
            + " line 8, column 13 (jobs.build.steps[1].id)",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      - id: log in\\n"
            + "        run: echo\\n"
            + "| The identifier 'log in' is invalid.",
        // values
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      - uses: checkout\\n"
            + "| Expected format {org}/{repo}[/path]@ref. Actual 'checkout' at line 6, column 15"
            + " (jobs.build.steps[0].uses)",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    timeout-minutes: soon\\n"
            + STEPS
            + "| Unexpected value 'soon' at line 5, column 22 (jobs.build.timeout-minutes)",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    steps:\\n      run: echo\\n"
            + "| Expected a sequence at line 6, column 7 (jobs.build.steps): steps is a list of"
            + " steps, found a mapping",
        "on: push\\njobs:\\n  build:\\n"
            + RUNS_ON
            + "    environment:\\n      url: https://x\\n"
            + STEPS
            + "| Required property is missing: name at line 6, column 7 (jobs.build.environment)",
        // YAML
        "on: push\\njobs:\\n  build:\\n    runs-on: [a\\n"
            + "| YAML not well-formed at line 5, column 1",
        "on: push\\non: pull_request\\njobs: {}\\n"
            + "| 'on' is already defined at line 2, column 1 (on)",
        "on: push\\njobs: !!set {a}\\n| Unexpected tag 'tag:yaml.org,2002:set' at line 2",
        "\"\"| The workflow is empty at line 1, column 1",
      })
  void parse_refusal_namesTheKeyAndItsPlace(String yaml, String message) {
    assertThatThrownBy(() -> Workflow.parse(yaml.replace("\\n", "\n")))
        .isInstanceOf(WorkflowException.class)
        .hasMessageStartingWith(message.strip());
  }
}
