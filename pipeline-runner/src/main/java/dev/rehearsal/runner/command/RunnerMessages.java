package dev.rehearsal.runner.command;

/** Messages of actions/runner ({@code src/Runner.Common/Constants.cs}), word for word. */
final class RunnerMessages {
  static final String DEPRECATED_COMMAND =
      "The `%s` command is deprecated and will be disabled soon. Please upgrade to using"
          + " Environment Files. For more information see:"
          + " https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/";
  static final String DISABLED_COMMAND =
      "The `%s` command is disabled. Please upgrade to using Environment Files or opt into"
          + " unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS`"
          + " environment variable to `true`. For more information see:"
          + " https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/";
  static final String UNSUPPORTED_STOP_TOKEN =
      "You cannot use a endToken that is an empty string, the string 'pause-logging', or another"
          + " workflow command. For more information see:"
          + " https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands"
          + " or opt into insecure command execution by setting the"
          + " `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.";
  static final String SUMMARY_TOO_LARGE =
      "$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of %dk, got %dk. For"
          + " more information see:"
          + " https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary";

  private RunnerMessages() {}
}
