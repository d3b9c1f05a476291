package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.RepositoryFiles;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse run --docker daemonless}, as on a machine without a Docker engine: the seed's
 * workflow, unchanged, calls {@code docker build} and {@code docker push}, which rehearse's
 * stand-in answers (Jib core), and the image reaches the emulator's registry as the role. Needs no
 * Docker engine, so it runs everywhere.
 */
class RunDaemonlessIntegrationTest {
  @RegisterExtension
  static final SeedWorld world =
      SeedWorld.deploying(SeedStack.repository("Repository", "test-service", false));

  private final Emulators emulators = world.emulators();

  @TempDir Path folder;

  @Test
  void seedWorkflow_withTheStandIn_pushesItsImage_andSaysWhy() throws IOException {
    Path workspace = Files.createDirectories(folder.resolve("test-service"));
    Files.writeString(workspace.resolve("hello.txt"), "hello\n");
    Files.writeString(workspace.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Rehearse.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "run",
            RepositoryFiles.path("examples/seed/deploy.yml").toString(),
            "--data",
            emulators.dataRoot().toString(),
            "--repo",
            "acme/test-service",
            "--ref",
            "main",
            "--workspace",
            workspace.toString(),
            "--secret",
            "AWS_ACCOUNT_ID=" + Emulators.ACCOUNT,
            "--secret",
            "AWS_ROLE_TO_PUSH_IMG=" + SeedStack.ROLE,
            "--secret",
            "AWS_DEFAULT_REGION=" + Emulators.REGION,
            "--docker",
            "daemonless");

    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains("--docker daemonless: the Docker engine is not used even if one answers")
        .contains("daemonless stand-in");
    assertThat(emulators.images("test-service"))
        .anySatisfy(image -> assertThat(image.imageTags()).contains("test"));
  }
}
