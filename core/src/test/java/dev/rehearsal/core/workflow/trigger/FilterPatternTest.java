package dev.rehearsal.core.workflow.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "Filter pattern cheat sheet" of docs.github.com, "Workflow syntax for GitHub Actions", row by
 * row: each pattern (or list of patterns, separated here by {@code |}) with its example matches.
 */
class FilterPatternTest {
  static PatternFilter filter(String key, String patterns) {
    List<FilterPattern> compiled =
        Arrays.stream(patterns.split("\\|")).map(FilterPattern::compile).toList();
    return new PatternFilter(key, compiled, new Location(1, 1));
  }

  @ParameterizedTest(name = "branches/tags pattern {0} matches {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "feature/*; feature/my-branch",
        "feature/*; feature/your-branch",
        "feature/**; feature/beta-a/my-branch",
        "feature/**; feature/your-branch",
        "feature/**; feature/mona/the/octocat",
        "main|releases/mona-the-octocat; main",
        "main|releases/mona-the-octocat; releases/mona-the-octocat",
        "*; main",
        "*; releases",
        "**; all/the/branches",
        "**; every/tag",
        "*feature; mona-feature",
        "*feature; feature",
        "*feature; ver-10-feature",
        "v2*; v2",
        "v2*; v2.0",
        "v2*; v2.9",
        "v[12].[0-9]+.[0-9]+; v1.10.1",
        "v[12].[0-9]+.[0-9]+; v2.0.0",
      })
  void cheatSheet_patternsToMatchBranchesAndTags(String patterns, String name) {
    assertThat(filter("branches", patterns).selects(name)).isTrue();
  }

  @ParameterizedTest(name = "path pattern {0} matches {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "*; README.md",
        "*; server.rb",
        "*.jsx?; page.js",
        "*.jsx?; page.jsx",
        "**; all/the/files.md",
        "*.js; app.js",
        "*.js; index.js",
        "**.js; index.js",
        "**.js; js/index.js",
        "**.js; src/js/app.js",
        "docs/*; docs/README.md",
        "docs/*; docs/file.txt",
        "docs/**; docs/README.md",
        "docs/**; docs/mona/octocat.txt",
        "docs/**/*.md; docs/README.md",
        "docs/**/*.md; docs/mona/hello-world.md",
        "docs/**/*.md; docs/a/markdown/file.md",
        "**/docs/**; docs/hello.md",
        "**/docs/**; dir/docs/my-file.txt",
        "**/docs/**; space/docs/plan/space.doc",
        "**/README.md; README.md",
        "**/README.md; js/README.md",
        "**/*src/**; a/src/app.js",
        "**/*src/**; my-src/code/js/app.js",
        "**/*-post.md; my-post.md",
        "**/*-post.md; path/their-post.md",
        "**/migrate-*.sql; migrate-10909.sql",
        "**/migrate-*.sql; db/migrate-v1.0.sql",
        "**/migrate-*.sql; db/sept/migrate-v1.sql",
        "*.md|!README.md; hello.md",
        "*.md|!README.md|README*; hello.md",
        "*.md|!README.md|README*; README.md",
        "*.md|!README.md|README*; README.doc",
      })
  void cheatSheet_patternsToMatchFilePaths(String patterns, String path) {
    assertThat(filter("paths", patterns).selects(path)).isTrue();
  }

  @ParameterizedTest(name = "{0} does not match {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // "Does not match README.md, docs/hello.md" (the cheat sheet's negation row)
        "*.md|!README.md; README.md",
        "*.md|!README.md; docs/hello.md",
        // '*' "does not match slash"
        "*; feature/my-branch",
        "feature/*; feature/beta-a/my-branch",
        "*.js; src/app.js",
        "docs/*; docs/mona/octocat.txt",
        // '?' makes only the preceding character optional
        "*.jsx?; page.jsxx",
        // a '[]' range is one character
        "v[12].[0-9]+.[0-9]+; v3.0.0",
        "v[12].[0-9]+.[0-9]+; v1.x.0",
        // the whole name must match
        "main; main2",
        "main; my-main",
      })
  void cheatSheet_counterExamples(String patterns, String name) {
    assertThat(filter("paths", patterns).selects(name)).isFalse();
  }

  @Test
  void compile_plusRepeatsThePrecedingCharacter() {
    FilterPattern pattern = FilterPattern.compile("ab+c");

    assertThat(pattern.matches("abc")).isTrue();
    assertThat(pattern.matches("abbbc")).isTrue();
    assertThat(pattern.matches("ac")).isFalse();
  }

  @Test
  void compile_backslashMakesASpecialCharacterLiteral() {
    FilterPattern pattern = FilterPattern.compile("release\\*");

    assertThat(pattern.matches("release*")).isTrue();
    assertThat(pattern.matches("release1")).isFalse();
  }

  @Test
  void compile_leadingExclamationMarkNegates_elsewhereItIsLiteral() {
    assertThat(FilterPattern.compile("!docs/**").negated()).isTrue();
    assertThat(FilterPattern.compile("a!b").negated()).isFalse();
    assertThat(FilterPattern.compile("a!b").matches("a!b")).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "release/v[0-9; missing closing bracket ']' after '['",
        "[]; unexpected empty brackets '[]'",
        "v[a-Z]; ranges can only include a-z, A-Z and 0-9, found 'a-Z'",
        "v[._]; brackets can only list a-z, A-Z and 0-9, found '.'",
        "trailing\\; a '\\' must be followed by the character it escapes",
      })
  void problem_malformedPattern_saysWhy(String pattern, String problem) {
    assertThat(FilterPattern.problem(pattern)).contains(problem);
  }

  @Test
  void matches_manyDoubleStarsOnALongNonMatch_staysLinear() {
    FilterPattern pattern = FilterPattern.compile("**a**a**a**a**a**a**a**a**a**b");

    assertThat(pattern.matches("a".repeat(5_000))).isFalse();
  }
}
