package dev.rehearsal.runner.job;

import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.action.aws.AmazonEcrLogin;
import dev.rehearsal.runner.action.aws.ConfigureAwsCredentials;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.action.checkout.Checkout;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The actions this runner runs natively, by name and major version: {@code actions/checkout} (any
 * version, from a local source), {@code aws-actions/configure-aws-credentials} v1 to v4, {@code
 * aws-actions/amazon-ecr-login} v1 and v2. Anything else cannot be resolved, as GitHub cannot
 * resolve an action it does not find, and the job fails at set-up.
 */
public final class ActionCatalog {
  private final Optional<Path> checkoutSource;
  private final RetryBackoff backoff;

  /**
   * @param checkoutSource what {@code actions/checkout} fills the workspace from (a local git
   *     repository or directory); without one, checkout is not available
   * @param backoff configure-aws-credentials' retry waits
   */
  public ActionCatalog(Optional<Path> checkoutSource, RetryBackoff backoff) {
    this.checkoutSource = checkoutSource;
    this.backoff = backoff;
  }

  /** The native implementation of {@code ref}, or why there is none. */
  public Resolution resolve(ActionRef ref) {
    Optional<Integer> major = ref.majorVersion();
    if (ref.path().isPresent()) {
      return unresolved(ref, "actions in a sub-folder of a repository are not rehearsed");
    }
    switch (ref.name()) {
      case "actions/checkout":
        return checkoutSource
            .<Resolution>map(source -> new Resolution.Found(new Checkout(source)))
            .orElseGet(() -> unresolved(ref, "no local source was given for actions/checkout"));
      case "aws-actions/configure-aws-credentials":
        if (major.isPresent() && major.get() >= 1 && major.get() <= 4) {
          return new Resolution.Found(new ConfigureAwsCredentials(major.get(), backoff));
        }
        return unresolved(ref, "versions v1 to v4 are rehearsed");
      case "aws-actions/amazon-ecr-login":
        if (major.isPresent() && major.get() >= 1 && major.get() <= 2) {
          return new Resolution.Found(new AmazonEcrLogin(major.get()));
        }
        return unresolved(ref, "versions v1 and v2 are rehearsed");
      default:
        return unresolved(
            ref,
            "this rehearsal runs actions/checkout, aws-actions/configure-aws-credentials and"
                + " aws-actions/amazon-ecr-login natively, and no other action");
    }
  }

  private static Resolution unresolved(ActionRef ref, String why) {
    return new Resolution.Unresolved("Unable to resolve action `" + ref + "`: " + why);
  }

  /** A native action found, or the message the job fails with at set-up. */
  public sealed interface Resolution {
    record Found(NativeAction action) implements Resolution {}

    record Unresolved(String message) implements Resolution {}
  }
}
