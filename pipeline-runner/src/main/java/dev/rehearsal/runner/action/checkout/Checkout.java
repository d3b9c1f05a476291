package dev.rehearsal.runner.action.checkout;

import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.process.ProcessOutcome;
import dev.rehearsal.runner.process.ProcessRunner;
import dev.rehearsal.runner.process.ProcessSpec;
import dev.rehearsal.runner.shell.Shell;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code actions/checkout}, natively: the job's workspace filled from a local source instead of
 * GitHub, either a git repository (cloned, then {@code ref} checked out when given; its current
 * {@code HEAD} otherwise, since the rehearsed run's SHA need not exist locally) or a plain
 * directory (copied). {@code path} is where under the workspace, {@code clean} empties it first, as
 * the action's inputs say; the other inputs (token, fetch depth, submodules, …) have no local
 * meaning and are accepted as given.
 */
public final class Checkout implements NativeAction {
  private final Path source;

  /** A checkout of {@code source}, a local git repository or directory. */
  public Checkout(Path source) {
    this.source = source.toAbsolutePath().normalize();
  }

  @Override
  public ActionMetadata metadata() {
    return ActionMetadata.builder()
        .input("repository")
        .input("ref")
        .input("token")
        .input("ssh-key")
        .input("ssh-known-hosts")
        .input("ssh-strict", "true")
        .input("persist-credentials", "true")
        .input("path")
        .input("clean", "true")
        .input("fetch-depth", "1")
        .input("lfs", "false")
        .input("submodules", "false")
        .build();
  }

  @Override
  public void main(ActionContext context) {
    Path workspace = context.workspace().toAbsolutePath().normalize();
    Path target = workspace.resolve(context.input("path")).normalize();
    if (!target.startsWith(workspace)) {
      throw new ActionFailedException(
          "Repository path '" + target + "' is not under '" + workspace + "'");
    }
    if (source.startsWith(target) || target.startsWith(source)) {
      throw new ActionFailedException(
          "The checkout source '" + source + "' and the workspace '" + target + "' overlap");
    }
    if (!Files.isDirectory(source)) {
      throw new ActionFailedException("The checkout source '" + source + "' is not a directory");
    }
    String repository = context.input("repository");
    context
        .log()
        .info(
            "Syncing repository: "
                + (repository.isEmpty() ? context.env("GITHUB_REPOSITORY") : repository));
    try {
      Files.createDirectories(target);
      if (!context.input("clean").equalsIgnoreCase("false")) {
        empty(target);
      }
      if (Files.isDirectory(source.resolve(".git"))) {
        clone(context, target);
      } else {
        context.log().info("Copying " + source + " to " + target);
        copy(source, target);
      }
    } catch (IOException e) {
      throw new ActionFailedException("cannot fill " + target + ": " + e.getMessage(), e);
    }
  }

  private void clone(ActionContext context, Path target) {
    String ref = context.input("ref");
    context.log().info("Cloning " + source + (ref.isEmpty() ? "" : " at " + ref));
    git(context, target, List.of("clone", "--quiet", "--no-hardlinks", source.toString(), "."));
    if (!ref.isEmpty()) {
      git(context, target, List.of("checkout", "--quiet", "--detach", ref));
    }
  }

  /** git as @actions/exec runs it: output to the log, a non-zero exit the action's failure. */
  private static void git(ActionContext context, Path directory, List<String> arguments) {
    Path git =
        Shell.which("git", context.env("PATH"))
            .orElseThrow(() -> new ActionFailedException("Unable to locate executable file: git."));
    List<String> command = new ArrayList<>(List.of(git.toString()));
    command.addAll(arguments);
    ProcessOutcome outcome =
        ProcessRunner.run(
            ProcessSpec.of(command, directory, context.environment()),
            context.log()::info,
            Optional.empty(),
            new Cancellation());
    if (outcome.exitCode() != 0) {
      throw new ActionFailedException(
          "The process '" + git + "' failed with exit code " + outcome.exitCode());
    }
  }

  private static void empty(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      for (Path child : children.toList()) {
        delete(child);
      }
    }
  }

  private static void delete(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> children = Files.list(path)) {
        for (Path child : children.toList()) {
          delete(child);
        }
      }
    }
    Files.delete(path);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
