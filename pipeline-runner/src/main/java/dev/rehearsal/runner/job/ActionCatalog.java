package dev.rehearsal.runner.job;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.ActionResolver;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.action.aws.AmazonEcrLogin;
import dev.rehearsal.runner.action.aws.ConfigureAwsCredentials;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.action.checkout.Checkout;
import dev.rehearsal.runner.action.disk.ActionDirectory;
import dev.rehearsal.runner.action.disk.ActionLoader;
import dev.rehearsal.runner.action.disk.LocalAction;
import dev.rehearsal.runner.action.node.NodeRuntime;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a step's action comes from, in this order: {@code ./path} is the workflow repository's own
 * action, read from the workspace when its step runs; {@code owner/repo[/path]@ref} found in the
 * actions directory ({@code --actions DIR}, see {@link ActionDirectory}) runs its real code
 * (JavaScript with the machine's {@code node}, or composite); otherwise the native implementations
 * ({@code actions/checkout} of any version, from a local source, {@code
 * aws-actions/configure-aws-credentials} v1 to v4, {@code aws-actions/amazon-ecr-login} v1 and v2);
 * anything else cannot be resolved, as GitHub cannot resolve an action it does not find, and the
 * job fails at set-up with how to provide it.
 */
public final class ActionCatalog implements ActionResolver {
  private final Optional<Path> checkoutSource;
  private final RetryBackoff backoff;
  private final Optional<ActionDirectory> directory;
  private final ActionLoader loader;

  /** The native actions only (and {@code ./path} ones). */
  public ActionCatalog(Optional<Path> checkoutSource, RetryBackoff backoff) {
    this(checkoutSource, backoff, Optional.empty(), NodeRuntime.machine());
  }

  /**
   * @param checkoutSource what {@code actions/checkout} fills the workspace from (a local git
   *     repository or directory); without one, native checkout is not available
   * @param backoff configure-aws-credentials' retry waits
   * @param actionsDirectory the actions to run from their code ({@code --actions DIR})
   * @param node what JavaScript actions run with ({@link NodeRuntime#machine()})
   */
  public ActionCatalog(
      Optional<Path> checkoutSource,
      RetryBackoff backoff,
      Optional<Path> actionsDirectory,
      NodeRuntime node) {
    this.checkoutSource = checkoutSource;
    this.backoff = backoff;
    this.directory = actionsDirectory.map(ActionDirectory::new);
    this.loader = new ActionLoader(node, this);
  }

  /**
   * The action {@code ref} names for a step of a job whose workspace is {@code workspace}, and how
   * it runs; or why there is none.
   */
  public Resolution resolve(ActionRef ref, Path workspace) {
    try {
      return find(ref, workspace, 0);
    } catch (RehearsalException e) {
      return new Resolution.Unresolved(e.getMessage());
    }
  }

  @Override
  public NativeAction resolve(ActionRef ref, Path workspace, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ActionFailedException("Composite action depth exceeded max depth " + MAX_DEPTH);
    }
    Resolution resolution = find(ref, workspace, depth);
    if (resolution instanceof Resolution.Unresolved unresolved) {
      throw new ActionFailedException(unresolved.message());
    }
    return ((Resolution.Found) resolution).action();
  }

  private Resolution find(ActionRef ref, Path workspace, int depth) {
    if (ref instanceof ActionRef.Local local) {
      return new Resolution.Found(
          new LocalAction(local, workspace, loader, depth), "real code from the workspace");
    }
    ActionRef.Repository repository = (ActionRef.Repository) ref;
    if (directory.isPresent()) {
      Optional<Path> folder = directory.get().locate(repository);
      if (folder.isPresent()) {
        String notFound =
            "Can't find 'action.yml', 'action.yaml' or 'Dockerfile' for action '"
                + repository
                + "' in "
                + folder.get();
        return new Resolution.Found(
            loader.load(folder.get(), notFound, workspace, depth),
            "real code from " + folder.get());
      }
    }
    return nativeAction(repository);
  }

  /** The native implementation of {@code ref}, or why there is none and how to provide it. */
  private Resolution nativeAction(ActionRef.Repository ref) {
    Optional<Integer> major = ref.majorVersion();
    if (ref.path().isPresent()) {
      return unresolved(ref, "actions in a sub-folder of a repository are not rehearsed natively");
    }
    switch (ref.name()) {
      case "actions/checkout":
        return checkoutSource
            .map(source -> found(new Checkout(source)))
            .orElseGet(() -> unresolved(ref, "no local source was given for actions/checkout"));
      case "aws-actions/configure-aws-credentials":
        if (major.isPresent() && major.get() >= 1 && major.get() <= 4) {
          return found(new ConfigureAwsCredentials(major.get(), backoff));
        }
        return unresolved(ref, "versions v1 to v4 are rehearsed natively");
      case "aws-actions/amazon-ecr-login":
        if (major.isPresent() && major.get() >= 1 && major.get() <= 2) {
          return found(new AmazonEcrLogin(major.get()));
        }
        return unresolved(ref, "versions v1 and v2 are rehearsed natively");
      default:
        return unresolved(
            ref,
            "this rehearsal runs actions/checkout, aws-actions/configure-aws-credentials and"
                + " aws-actions/amazon-ecr-login natively, and no other action");
    }
  }

  private static Resolution found(NativeAction action) {
    return new Resolution.Found(action, "native: nothing to download");
  }

  private Resolution unresolved(ActionRef.Repository ref, String why) {
    String howTo =
        directory
            .map(d -> "it is not in the actions directory either (" + d.places(ref) + ")")
            .orElse(
                "to run its real code, give an actions directory (--actions DIR) holding"
                    + " DIR/"
                    + ref.owner()
                    + "/"
                    + ref.repository()
                    + "@"
                    + ref.ref()
                    + "/ or a git checkout DIR/"
                    + ref.owner()
                    + "/"
                    + ref.repository()
                    + " at "
                    + ref.ref());
    return new Resolution.Unresolved(
        "Unable to resolve action `" + ref + "`: " + why + "; " + howTo);
  }

  /** An action found, with how it runs (for the log), or the message the job fails with. */
  public sealed interface Resolution {
    record Found(NativeAction action, String origin) implements Resolution {}

    record Unresolved(String message) implements Resolution {}
  }
}
