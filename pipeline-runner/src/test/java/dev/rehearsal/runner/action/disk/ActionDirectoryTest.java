package dev.rehearsal.runner.action.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an {@code owner/repo[/path]@ref} action is found in the directory given by --actions. */
class ActionDirectoryTest {
  @TempDir Path root;

  private ActionRef.Repository ref(String uses) {
    return (ActionRef.Repository) ActionRef.parse(uses);
  }

  @Test
  void folderAtRef_isTheAction_withItsSubPath() throws IOException {
    Path folder = Files.createDirectories(root.resolve("aws-actions/amazon-ecr-login@v2"));
    Files.createDirectories(folder.resolve("logout"));
    ActionDirectory directory = new ActionDirectory(root);

    assertThat(directory.locate(ref("aws-actions/amazon-ecr-login@v2"))).contains(folder);
    assertThat(directory.locate(ref("aws-actions/amazon-ecr-login/logout@v2")))
        .contains(folder.resolve("logout"));
    assertThat(directory.locate(ref("aws-actions/amazon-ecr-login@v1"))).isEmpty();
  }

  @Test
  void ownerAndRepository_matchIgnoringCase_theRefExactly() throws IOException {
    Path folder = Files.createDirectories(root.resolve("AWS-Actions/Amazon-ECR-Login@v2"));
    ActionDirectory directory = new ActionDirectory(root);

    assertThat(directory.locate(ref("aws-actions/amazon-ecr-login@v2"))).contains(folder);
    assertThat(directory.locate(ref("aws-actions/amazon-ecr-login@V2"))).isEmpty();
  }

  @Test
  void gitCheckout_atTheRefsCommit_isTheAction() throws Exception {
    Path checkout = gitRepository(root.resolve("acme/tool"));
    git(checkout, "tag", "v1");
    ActionDirectory directory = new ActionDirectory(root);

    assertThat(directory.locate(ref("acme/tool@v1"))).contains(checkout);
    assertThat(directory.locate(ref("acme/tool@main"))).contains(checkout);
  }

  @Test
  void gitCheckout_atAnotherCommit_isRefused_withTheCommandThatFixesIt() throws Exception {
    Path checkout = gitRepository(root.resolve("acme/tool"));
    git(checkout, "tag", "v1");
    Files.writeString(checkout.resolve("more.txt"), "more");
    git(checkout, "add", ".");
    git(checkout, "commit", "-q", "-m", "more");
    ActionDirectory directory = new ActionDirectory(root);

    assertThatThrownBy(() -> directory.locate(ref("acme/tool@v1")))
        .isInstanceOf(ActionFailedException.class)
        .hasMessageContaining("The git checkout " + checkout + " is at ")
        .hasMessageContaining(", not at 'v1' (")
        .hasMessageContaining("git -C " + checkout + " checkout v1")
        .hasMessageEndingWith("lay the action out as " + root.resolve("acme/tool@v1") + "/");
    assertThatThrownBy(() -> directory.locate(ref("acme/tool@v9")))
        .hasMessageContaining("The git checkout " + checkout + " has no commit 'v9'");
  }

  @Test
  void folderAtRef_comesBeforeTheCheckout() throws Exception {
    gitRepository(root.resolve("acme/tool"));
    Path atRef = Files.createDirectories(root.resolve("acme/tool@v7"));

    assertThat(new ActionDirectory(root).locate(ref("acme/tool@v7"))).contains(atRef);
  }

  private static Path gitRepository(Path folder) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("action.yml"), "runs: {using: node20, main: index.js}\n");
    git(folder, "init", "-q", "-b", "main");
    git(folder, "add", ".");
    git(folder, "commit", "-q", "-m", "first");
    return folder;
  }

  private static void git(Path folder, String... arguments) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("git", "-C", folder.toString(), "-c", "user.name=t", "-c", "user.email=t@t"));
    command.addAll(List.of(arguments));
    Process git = new ProcessBuilder(command).inheritIO().start();
    assertThat(git.waitFor()).as(String.join(" ", command)).isZero();
  }
}
