package dev.rehearsal.core.github;

import java.util.Optional;

/**
 * The values a {@link WorkflowRunBuilder} starts from (the seed's deploy workflow, {@code
 * examples/seed/deploy.yml}). They are valid ({@code RunDefaultsTest} checks each the way {@link
 * WorkflowRunValidation} would), so that validation skips a value that is the very default object:
 * a scenario file of 100,000 runs leaves most of them as they are.
 */
final class RunDefaults {
  static final String REPOSITORY = "octo-org/octo-repo";
  static final String REPOSITORY_ID = "456789";
  static final String REPOSITORY_OWNER_ID = "123456";
  static final String REF = "refs/heads/main";
  static final String SHA = "7f93a73b8273af5d35fcd70661704c1cadc57054";
  static final String EVENT = "push";
  static final String ACTOR = "octocat";
  static final String ACTOR_ID = "583231";
  static final String WORKFLOW = "Deploy 🚀";
  static final String WORKFLOW_PATH = ".github/workflows/deploy.yml";
  static final String RUN_ID = "16055869479";
  static final String RUN_NUMBER = "1";
  static final String RUN_ATTEMPT = "1";
  // GitHub adds check_run_id to every token since 2025-11-13 (github.blog changelog).
  static final String CHECK_RUN_ID = "46575551920";

  /** The claim of the default check run id, one object for every run that keeps it. */
  static final Optional<String> CHECK_RUN_ID_CLAIM = Optional.of(CHECK_RUN_ID);

  private RunDefaults() {}
}
