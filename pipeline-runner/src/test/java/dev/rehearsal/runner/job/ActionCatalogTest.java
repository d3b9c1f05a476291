package dev.rehearsal.runner.job;

import static dev.rehearsal.runner.support.JobHarness.script;
import static dev.rehearsal.runner.support.JobHarness.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.aws.ConfigureAwsCredentials;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.action.node.NodeAction;
import dev.rehearsal.runner.action.node.NodeRuntime;
import dev.rehearsal.runner.support.JobHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which way each action runs: its real code when the actions directory has it, else natively, else
 * the job fails at set-up saying how to provide it.
 */
class ActionCatalogTest {
  @TempDir Path work;
  @TempDir Path actions;

  private ActionCatalog catalog(Optional<Path> directory) {
    return new ActionCatalog(
        Optional.empty(), RetryBackoff.immediate(), directory, NodeRuntime.machine());
  }

  private ActionCatalog.Resolution resolve(Optional<Path> directory, String uses) {
    return catalog(directory).resolve(ActionRef.parse(uses), work);
  }

  private void action(String folder, String yaml) throws IOException {
    Path path = Files.createDirectories(actions.resolve(folder));
    Files.writeString(path.resolve("action.yml"), yaml);
  }

  @Test
  void neitherOnDiskNorNative_withoutActionsDirectory_saysHowToProvideIt() {
    assertThat(resolve(Optional.empty(), "someone/else@v1"))
        .isEqualTo(
            new ActionCatalog.Resolution.Unresolved(
                "Unable to resolve action `someone/else@v1`: this rehearsal runs actions/checkout,"
                    + " aws-actions/configure-aws-credentials and aws-actions/amazon-ecr-login"
                    + " natively, and no other action; to run its real code, give an actions"
                    + " directory (--actions DIR) holding DIR/someone/else@v1/ or a git checkout"
                    + " DIR/someone/else at v1"));
  }

  @Test
  void neitherOnDiskNorNative_withActionsDirectory_saysWhereItLooked() {
    assertThat(resolve(Optional.of(actions), "aws-actions/configure-aws-credentials@v9"))
        .isEqualTo(
            new ActionCatalog.Resolution.Unresolved(
                "Unable to resolve action `aws-actions/configure-aws-credentials@v9`: versions v1"
                    + " to v4 are rehearsed natively; it is not in the actions directory either ("
                    + actions.resolve("aws-actions/configure-aws-credentials@v9")
                    + "/ or a git checkout "
                    + actions.resolve("aws-actions/configure-aws-credentials")
                    + " at v9)"));
  }

  @Test
  void onDisk_runsItsRealCode_beforeTheNativeOne() throws IOException {
    action(
        "aws-actions/configure-aws-credentials@v4",
        "runs: {using: node20, main: dist/index.js, post: dist/cleanup/index.js}");

    ActionCatalog.Resolution resolution =
        resolve(Optional.of(actions), "aws-actions/configure-aws-credentials@v4");

    assertThat(resolution)
        .isInstanceOfSatisfying(
            ActionCatalog.Resolution.Found.class,
            found -> {
              assertThat(found.action()).isInstanceOf(NodeAction.class);
              assertThat(found.origin())
                  .isEqualTo(
                      "real code from "
                          + actions.resolve("aws-actions/configure-aws-credentials@v4"));
            });
  }

  @Test
  void notOnDisk_runsNatively() {
    assertThat(resolve(Optional.of(actions), "aws-actions/configure-aws-credentials@v4"))
        .isInstanceOfSatisfying(
            ActionCatalog.Resolution.Found.class,
            found -> {
              assertThat(found.action()).isInstanceOf(ConfigureAwsCredentials.class);
              assertThat(found.origin()).isEqualTo("native: nothing to download");
            });
  }

  @Test
  void badActionYmlOnDisk_failsTheJobAtSetUp_namingTheFileAndTheKey() throws IOException {
    action(
        "acme/broken@v1",
        "runs:\n  using: node20\n  main: index.js\n  post: post.js\n  post-if: ''\n");
    JobHarness job = new JobHarness(work, catalog(Optional.of(actions)));

    JobReport report =
        job.run(
            script("first", "echo must not run"), uses("Broken", null, "acme/broken@v1", Map.of()));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps()).isEmpty();
    assertThat(job.log())
        .contains(
            "Error: Failed to load "
                + actions.resolve("acme/broken@v1/action.yml")
                + ": Unexpected value '' at line 5, column 12 (runs.post-if)")
        .doesNotContain("must not run");
  }

  @Test
  void compositeUsingItself_stopsAtGitHubsDepthLimit() throws IOException {
    action("acme/loop@v1", "runs:\n  using: composite\n  steps:\n    - uses: acme/loop@v1\n");

    assertThat(resolve(Optional.of(actions), "acme/loop@v1"))
        .isEqualTo(
            new ActionCatalog.Resolution.Unresolved("Composite action depth exceeded max depth 9"));
  }
}
