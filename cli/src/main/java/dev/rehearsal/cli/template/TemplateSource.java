package dev.rehearsal.cli.template;

import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * An input's text and the name to report it by: a file, or a git revision in the form {@code
 * REV:PATH} ({@code HEAD~1:stack.yaml}, {@code main:infra/oidc.yaml}), read with {@code git show}
 * in the repository of the directory the command runs in, so that a change can be judged before it
 * is merged. As git reads it (gitrevisions(7), "{@code <rev>:<path>}"): {@code PATH} is from the
 * repository's root wherever the command runs, {@code REV:./PATH} from the current directory.
 */
public record TemplateSource(
    String name, String text, Path directory, Optional<String> inRevision) {
  private static final Pattern REVISION = Pattern.compile("[^:\\s]+:[^:]+");
  private static final long MAX_BYTES = 1_000_000; // CloudFormation's TemplateBody limit is 51,200

  public static TemplateSource read(String argument) {
    return read(argument, Path.of("").toAbsolutePath());
  }

  /** As {@link #read(String)}, as if the command ran in {@code directory}. */
  public static TemplateSource read(String argument, Path directory) {
    Path path = directory.resolve(argument);
    if (Files.exists(path)) {
      return file(argument, path, directory);
    }
    if (REVISION.matcher(argument).matches()) {
      return revision(argument, directory);
    }
    throw new UserError(
        "no input at '" + argument + "': give a file, or a git revision as REV:PATH");
  }

  /**
   * The file's name without directory and extension: {@code trust-policy} for {@code
   * x/trust-policy.json}.
   */
  public String stem() {
    String file = Path.of(name.substring(name.indexOf(':') + 1)).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /**
   * The input's path from the root of the repository it is in ({@code infra/oidc.yaml}), as GitHub
   * code scanning locates results; empty outside a repository.
   */
  public Optional<String> repositoryPath() {
    Optional<String> prefix = git(directory, "rev-parse", "--show-prefix").map(String::strip);
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    String path = inRevision.orElse(null);
    if (path == null && Path.of(name).isAbsolute()) {
      Optional<String> top = git(directory, "rev-parse", "--show-toplevel").map(String::strip);
      path = top.map(t -> Path.of(t).relativize(Path.of(name)).toString()).orElse(name);
    } else if (path == null) {
      path = prefix.get() + name;
    } else if (path.startsWith("./") || path.startsWith("../")) {
      path = prefix.get() + path;
    }
    return Optional.of(Path.of(path).normalize().toString().replace('\\', '/'));
  }

  private static TemplateSource file(String argument, Path path, Path directory) {
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new UserError(argument + " is larger than " + MAX_BYTES + " bytes: not an input");
      }
      return new TemplateSource(
          argument, Files.readString(path, StandardCharsets.UTF_8), directory, Optional.empty());
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + argument);
    } catch (IOException e) {
      throw new UserError("cannot read " + argument + ": " + e.getMessage(), e);
    }
  }

  private static TemplateSource revision(String spec, Path directory) {
    byte[] out = show(spec, directory);
    if (out.length > MAX_BYTES) {
      throw new UserError(spec + " is larger than " + MAX_BYTES + " bytes: not an input");
    }
    return new TemplateSource(
        spec,
        new String(out, StandardCharsets.UTF_8),
        directory,
        Optional.of(spec.substring(spec.indexOf(':') + 1)));
  }

  private static byte[] show(String spec, Path directory) {
    try {
      Process git =
          new ProcessBuilder("git", "show", "--no-textconv", spec)
              .directory(directory.toFile())
              .start();
      git.getOutputStream().close();
      byte[] out = git.getInputStream().readNBytes((int) MAX_BYTES + 1);
      String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
        throw new UserError("git cannot show '" + spec + "': " + err);
      }
      return out;
    } catch (IOException e) {
      throw new UserError("cannot run git to read '" + spec + "': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while reading " + spec);
    }
  }

  /** What {@code git ARGS} prints in {@code directory}, or empty when it fails. */
  private static Optional<String> git(Path directory, String... args) {
    try {
      Process git =
          new ProcessBuilder(
                  java.util.stream.Stream.concat(
                          java.util.stream.Stream.of("git"), List.of(args).stream())
                      .toList())
              .directory(directory.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      git.getOutputStream().close();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0
          ? Optional.of(out)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
