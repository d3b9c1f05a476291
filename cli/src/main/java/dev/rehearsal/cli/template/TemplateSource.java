package dev.rehearsal.cli.template;

import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A template's text and the name to report it by: a file, or a git revision in the form {@code
 * REV:PATH} ({@code HEAD~1:stack.yaml}, {@code main:infra/oidc.yaml}), read with {@code git show}
 * from the current directory's repository, so that a change can be judged before it is merged.
 */
public record TemplateSource(String name, String text) {
  private static final Pattern REVISION = Pattern.compile("[^:\\s]+:[^:]+");
  private static final long MAX_BYTES = 1_000_000; // CloudFormation's TemplateBody limit is 51,200

  public static TemplateSource read(String argument) {
    Path path = Path.of(argument);
    if (Files.exists(path)) {
      return file(path);
    }
    if (REVISION.matcher(argument).matches()) {
      return revision(argument);
    }
    throw new UserError(
        "no template at '" + argument + "': give a file, or a git revision as REV:PATH");
  }

  private static TemplateSource file(Path path) {
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new UserError(path + " is larger than " + MAX_BYTES + " bytes: not a template");
      }
      return new TemplateSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + path);
    } catch (IOException e) {
      throw new UserError("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static TemplateSource revision(String spec) {
    try {
      Process git =
          new ProcessBuilder("git", "show", "--no-textconv", spec)
              .redirectErrorStream(false)
              .start();
      git.getOutputStream().close();
      byte[] out = git.getInputStream().readNBytes((int) MAX_BYTES + 1);
      String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
        throw new UserError("git cannot show '" + spec + "': " + err);
      }
      if (out.length > MAX_BYTES) {
        throw new UserError(spec + " is larger than " + MAX_BYTES + " bytes: not a template");
      }
      return new TemplateSource(spec, new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("cannot run git to read '" + spec + "': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while reading " + spec);
    }
  }
}
