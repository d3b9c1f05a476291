package dev.rehearsal.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rehearse diff over tokens GitHub could really send: a change that only adds a subject no token
 * can carry (a repository name with a '*', under StringEquals) changes no real token, and {@code
 * --fail-on widen} passes.
 */
class RealTokenDiffTest {
  private static final Path TIGHTENED = Path.of("../examples/seed/stack-tightened.yaml");
  private static final String SUB =
      "'token.actions.githubusercontent.com:sub': !Sub 'repo:${GitHubOrg}/app:ref:refs/heads/main'";

  @TempDir Path dir;

  @Test
  void impossibleSubjectOnly_isNoRealTokenChange_andPassesFailOnWiden() throws IOException {
    String base = Files.readString(TIGHTENED);
    String withStar =
        base.replace(
            SUB,
            "'token.actions.githubusercontent.com:sub':\n"
                + "                  - !Sub 'repo:${GitHubOrg}/app:ref:refs/heads/main'\n"
                + "                  - !Sub 'repo:${GitHubOrg}/app*:ref:refs/heads/main'");
    assertThat(withStar).isNotEqualTo(base);
    Path after = dir.resolve("after.yaml");
    Files.writeString(after, withStar);

    CliRun run =
        CliRun.of(
            "diff",
            TIGHTENED.toString(),
            after.toString(),
            "-p",
            "GitHubOrg=acme",
            "--fail-on",
            "widen");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Rehearse.OK);
    assertThat(run.out())
        .contains("no real token changes")
        .contains("no access change")
        .doesNotContain("app*");
  }
}
