package dev.rehearsal.cli.demo;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.world.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The seed article's files as this repository keeps them ({@code examples/seed}), read unchanged,
 * and the values its commands use: the stack {@code github-oidc} with {@code GitHubOrg=acme}, the
 * secrets its workflow reads, the repository and tag it pushes.
 */
record Seed(String stack, String workflow) {
  static final String STACK_NAME = "github-oidc";
  static final String ORGANISATION = "acme";
  static final String REPOSITORY = "test-service";
  static final String TAG = "test";
  static final String ROLE = "GithubOIDCIAMRole";
  static final String ACCOUNT = "000000000000";
  static final String REGION = "us-east-1";
  static final String STACK_FILE = "examples/seed/stack.yaml";
  static final String WORKFLOW_FILE = "examples/seed/deploy.yml";

  static Seed read(Installation installation) {
    return new Seed(
        read(installation.home().resolve(STACK_FILE)),
        read(installation.home().resolve(WORKFLOW_FILE)));
  }

  static Map<String, String> parameters() {
    return Map.of("GitHubOrg", ORGANISATION);
  }

  /** The repository secrets the workflow reads, as the article tells its readers to set them. */
  static Map<String, String> secrets() {
    return Map.of(
        "AWS_ACCOUNT_ID", ACCOUNT,
        "AWS_ROLE_TO_PUSH_IMG", ROLE,
        "AWS_DEFAULT_REGION", REGION);
  }

  static String repositoryOf(String organisation) {
    return organisation + "/" + REPOSITORY;
  }

  /** The workflow with {@code old} replaced; refused when the seed's text has no {@code old}. */
  String workflowWith(String old, String replacement) {
    if (!workflow.contains(old)) {
      throw new UserError(
          WORKFLOW_FILE + " no longer has the line the demo changes: '" + old.strip() + "'");
    }
    return workflow.replace(old, replacement);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UserError("cannot read the seed's " + file + ": " + e.getMessage(), e);
    }
  }
}
