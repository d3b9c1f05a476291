package dev.rehearsal.cli.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code REV:PATH} as git reads it (gitrevisions(7)): {@code PATH} from the repository's root
 * wherever the command runs, {@code REV:./PATH} from the current directory; and the path code
 * scanning locates results by, from the root, for files and revisions alike.
 */
class TemplateSourceTest {
  @TempDir static Path repository;

  @BeforeAll
  static void repository() throws Exception {
    Files.createDirectories(repository.resolve("infra"));
    Files.writeString(repository.resolve("infra/oidc.yaml"), "Resources: {}\n");
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one");
  }

  private static void git(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Process git = new ProcessBuilder(command).directory(repository.toFile()).inheritIO().start();
    assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(git.exitValue()).isZero();
  }

  @Test
  void revisionPath_inASubdirectory_isFromTheRoot() {
    TemplateSource source =
        TemplateSource.read("HEAD:infra/oidc.yaml", repository.resolve("infra"));

    assertThat(source.text()).isEqualTo("Resources: {}\n");
    assertThat(source.repositoryPath()).contains("infra/oidc.yaml");
  }

  @Test
  void revisionDotPath_inASubdirectory_isFromThere() {
    TemplateSource source = TemplateSource.read("HEAD:./oidc.yaml", repository.resolve("infra"));

    assertThat(source.text()).isEqualTo("Resources: {}\n");
    assertThat(source.repositoryPath()).contains("infra/oidc.yaml");
  }

  @Test
  void file_inASubdirectory_isLocatedFromTheRoot() {
    TemplateSource source = TemplateSource.read("oidc.yaml", repository.resolve("infra"));

    assertThat(source.repositoryPath()).contains("infra/oidc.yaml");
    assertThat(source.stem()).isEqualTo("oidc");
  }
}
