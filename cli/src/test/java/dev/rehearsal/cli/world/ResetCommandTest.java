package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rehearse reset}: a data directory emptied, never one in use or not ours. */
class ResetCommandTest {
  @TempDir Path temp;

  @Test
  void reset_ofADataDirectory_removesItsStateAndKeepsTheFolder() throws Exception {
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    data.prepare();
    Files.writeString(data.emulatorHome(Emulator.AWS).resolve("iam.json"), "{}");
    Files.writeString(data.log(Emulator.OIDC), "started\n");

    CliRun run = CliRun.of("reset", "--data", data.root().toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Rehearse.OK);
    assertThat(run.out()).contains("reset " + data.root(), "starts afresh");
    try (var left = Files.list(data.root())) {
      assertThat(left).allMatch(path -> path.equals(data.lockFile()));
    }
  }

  @Test
  void reset_whileAWorldHoldsTheDirectory_isRefusedAndChangesNothing() throws Exception {
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    data.prepare();
    Path state = Files.writeString(data.emulatorHome(Emulator.AWS).resolve("iam.json"), "{}");
    try (FileChannel channel =
            FileChannel.open(data.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {

      CliRun run = CliRun.of("reset", "--data", data.root().toString());

      assertThat(held.isValid()).isTrue();
      assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
      assertThat(run.err())
          .contains("a world is already running on " + data.root())
          .contains("stop it first with: rehearse down --data " + data.root());
      assertThat(state).exists();
    }
  }

  @Test
  void reset_ofAFolderThatIsNotADataDirectory_leavesItAlone() throws Exception {
    Path mine = Files.createDirectories(temp.resolve("mine"));
    Path precious = Files.writeString(mine.resolve("thesis.tex"), "\\documentclass{book}");

    CliRun run = CliRun.of("reset", "--data", mine.toString());

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("is not a rehearse data directory");
    assertThat(precious).exists();
  }

  @Test
  void reset_ofAFolderThatDoesNotExist_hasNothingToDo() {
    CliRun run = CliRun.of("reset", "--data", temp.resolve("never").toString());

    assertThat(run.exitCode()).isEqualTo(Rehearse.OK);
    assertThat(run.out()).contains("nothing to reset");
  }
}
