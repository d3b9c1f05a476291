package dev.rehearsal.runner.action.disk;

import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The folder of actions a user points the rehearsal to ({@code --actions DIR}), where an action
 * {@code owner/repo[/path]@ref} is found, in this order:
 *
 * <ol>
 *   <li>{@code DIR/owner/repo@ref/[path/]}: the action's files at that ref, as the runner keeps a
 *       downloaded action in {@code _work/_actions/owner/repo/ref};
 *   <li>{@code DIR/owner/repo/[path/]} when it is a git checkout whose {@code HEAD} is the commit
 *       {@code ref} names ({@code git rev-parse ref^{commit}}): the checkout as it is, uncommitted
 *       builds ({@code dist/}, {@code node_modules/}) included. A checkout at another commit is
 *       refused, with the command that fixes it, rather than run at the wrong version.
 * </ol>
 *
 * Owner and repository names match ignoring case, as GitHub's do; the ref matches exactly.
 */
public final class ActionDirectory {
  private final Path root;

  public ActionDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The folder of {@code ref}'s action (with its {@code path}), if this directory holds it.
   *
   * @throws ActionFailedException a git checkout of the repository that is not at {@code ref}
   */
  public Optional<Path> locate(ActionRef.Repository ref) {
    Optional<Path> owner = child(root, ref.owner());
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> atRef = atRef(owner.get(), ref);
    if (atRef.isPresent()) {
      return Optional.of(withPath(atRef.get(), ref));
    }
    Optional<Path> checkout = child(owner.get(), ref.repository());
    if (checkout.isPresent() && Files.exists(checkout.get().resolve(".git"))) {
      requireAt(checkout.get(), ref);
      return Optional.of(withPath(checkout.get(), ref));
    }
    return Optional.empty();
  }

  /** Where {@link #locate} looks, for a message: {@code DIR/owner/repo@ref/ or a git …}. */
  public String places(ActionRef.Repository ref) {
    Path owner = root.resolve(ref.owner());
    return owner.resolve(ref.repository() + "@" + ref.ref())
        + "/ or a git checkout "
        + owner.resolve(ref.repository())
        + " at "
        + ref.ref();
  }

  private static Path withPath(Path repository, ActionRef.Repository ref) {
    return ref.path().map(repository::resolve).orElse(repository).normalize();
  }

  /** {@code name} in {@code folder}: exactly, else ignoring case. */
  private static Optional<Path> child(Path folder, String name) {
    return child(folder, name, name::equalsIgnoreCase);
  }

  /** {@code repository@ref} in {@code folder}: the repository ignoring case, the ref exactly. */
  private static Optional<Path> atRef(Path folder, ActionRef.Repository ref) {
    String suffix = "@" + ref.ref();
    return child(
        folder,
        ref.repository() + suffix,
        name ->
            name.endsWith(suffix)
                && name.substring(0, name.length() - suffix.length())
                    .equalsIgnoreCase(ref.repository()));
  }

  private static Optional<Path> child(Path folder, String exact, Predicate<String> matches) {
    if (Files.isDirectory(folder.resolve(exact))) {
      return Optional.of(folder.resolve(exact));
    }
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (var entries = Files.list(folder)) {
      return entries
          .filter(Files::isDirectory)
          .filter(entry -> matches.test(entry.getFileName().toString()))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void requireAt(Path checkout, ActionRef.Repository ref) {
    Optional<String> wanted = revParse(checkout, ref.ref() + "^{commit}");
    Optional<String> head = revParse(checkout, "HEAD");
    if (wanted.isPresent() && wanted.equals(head)) {
      return;
    }
    String problem =
        wanted.isEmpty()
            ? " has no commit '" + ref.ref() + "'"
            : " is at "
                + head.orElse("no commit")
                + ", not at '"
                + ref.ref()
                + "' ("
                + wanted.get()
                + ")";
    throw new ActionFailedException(
        "The git checkout "
            + checkout
            + problem
            + " that "
            + ref
            + " names: check it out (git -C "
            + checkout
            + " checkout "
            + ref.ref()
            + "), or lay the action out as "
            + checkout.getParent().resolve(ref.repository() + "@" + ref.ref())
            + "/");
  }

  /** {@code git rev-parse --verify --quiet revision} in {@code checkout}, if it names a commit. */
  private static Optional<String> revParse(Path checkout, String revision) {
    try {
      Process git =
          new ProcessBuilder(
                  "git", "-C", checkout.toString(), "rev-parse", "--verify", "--quiet", revision)
              .redirectErrorStream(true)
              .start();
      git.getOutputStream().close();
      String output;
      try (InputStream out = git.getInputStream()) {
        output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      boolean ended = git.waitFor(30, TimeUnit.SECONDS);
      if (!ended) {
        git.destroyForcibly();
        return Optional.empty();
      }
      return git.exitValue() == 0 && !output.isEmpty() ? Optional.of(output) : Optional.empty();
    } catch (IOException e) {
      throw new ActionFailedException(
          checkout + " is a git checkout, and git cannot be run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
