package dev.rehearsal.core.workflow.permission;

import dev.rehearsal.core.workflow.trigger.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The token a job gets for an event, and how it came to be, computed as GitHub documents it
 * ("GITHUB_TOKEN reference", "How permissions are calculated for a workflow job"): the default
 * permissions, replaced by the workflow's {@code permissions}, replaced by the job's; then, for a
 * pull request from a fork (and the events on its reviews) without "Send write tokens to workflows
 * from pull requests", capped at the "Maximum access for pull requests from public forked
 * repositories": read on every scope, no {@code id-token}, no {@code models}. {@code
 * pull_request_target} is not capped: it "is granted read/write repository permission, even when it
 * is triggered from a public fork".
 */
public record EffectivePermissions(Permissions permissions, List<String> reasons) {
  /** The most a token for a pull request from a public fork gets. */
  static final Permissions FORK_MAXIMUM =
      Permissions.with(
          scope -> scope == Scope.ID_TOKEN || scope == Scope.MODELS ? Access.NONE : Access.READ);

  public EffectivePermissions {
    reasons = List.copyOf(reasons);
  }

  public static EffectivePermissions of(
      Optional<PermissionsDeclaration> workflow,
      Optional<PermissionsDeclaration> job,
      Event event,
      TokenSettings settings) {
    List<String> reasons = new ArrayList<>();
    Permissions permissions;
    if (job.isPresent()) {
      permissions = job.get().permissions();
      reasons.add("the job's permissions (" + job.get().location() + ")");
    } else if (workflow.isPresent()) {
      permissions = workflow.get().permissions();
      reasons.add("the workflow's permissions (" + workflow.get().location() + ")");
    } else {
      permissions = settings.defaults().permissions();
      reasons.add(
          "the repository's default "
              + settings.defaults().name().toLowerCase(java.util.Locale.ROOT)
              + " permissions (no permissions key)");
    }
    if (event.fromFork() && event.isPullRequest() && !settings.sendWriteTokensToForks()) {
      Permissions capped = permissions.cappedBy(FORK_MAXIMUM);
      if (!capped.equals(permissions)) {
        reasons.add(
            "capped for a "
                + event.name()
                + " from a fork: read-only, without id-token and models");
      }
      permissions = capped;
    }
    return new EffectivePermissions(permissions, reasons);
  }

  /** Whether the job may request an OIDC ID token ({@code id-token: write}). */
  public boolean grantsIdToken() {
    return permissions.grantsIdToken();
  }

  public Access get(Scope scope) {
    return permissions.get(scope);
  }
}
