package dev.rehearsal.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subjects GitHub can send: owners are {@code [A-Za-z0-9-]}, repositories {@code
 * [A-Za-z0-9._-]} (GitHub's naming rules), IDs digits after {@code @} ("Immutable subject claims").
 */
class RealSubjectsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "repo:acme/app:ref:refs/heads/main, true",
    "repo:acme/app:pull_request, true",
    "repo:Acme-Corp/my_app.v2:environment:prod, true",
    "repo:acme/app, true",
    "repo:acme@123/app@456:ref:refs/heads/main, true",
    "repo:acme/app:ref:refs/heads/feature/*, true",
    "repository_owner:acme:context:pull_request, true",
    "repo:acme/app*:ref:refs/heads/main, false",
    "repo:acme/*:ref:refs/heads/main, false",
    "repo:*/app:pull_request, false",
    "repo:ac_me/app:pull_request, false",
    "repo:acme/:pull_request, false",
    "repo:/app:pull_request, false",
    "repo:acme, false",
    "repo:acme@x/app:pull_request, false",
    "repo:acme/app@:pull_request, false",
    // a parameter without a value (lint, diff without -p) stands for a name not known yet
    "repo:{{GitHubOrg}}/{{RepositoryName}}:pull_request, true",
  })
  void subject_isRealAsGitHubNamesRepositories(String subject, boolean real) {
    assertThat(RealSubjects.isReal(subject)).isEqualTo(real);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "token.actions.githubusercontent.com:sub, true",
    "Token.Actions.GitHubUserContent.com:SUB, true",
    "token.actions.githubusercontent.com/acme-enterprise:sub, true",
    "token.actions.githubusercontent.com:aud, false",
    "oidc.example.com:sub, false",
  })
  void key_isGitHubsSubject(String key, boolean subject) {
    assertThat(RealSubjects.isGitHubSubject(key)).isEqualTo(subject);
  }
}
