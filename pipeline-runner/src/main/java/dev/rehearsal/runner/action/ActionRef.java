package dev.rehearsal.runner.action;

import dev.rehearsal.runner.RunnerException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's {@code uses:}: an action in a public repository ({@code OWNER/REPO[/PATH]@REF}) or in
 * the workflow's own repository ({@code ./PATH}, relative to the workspace), the two forms
 * docs.github.com lists under "Workflow syntax", {@code jobs.<job_id>.steps[*].uses}.
 */
public sealed interface ActionRef {

  /**
   * {@code uses:} as written.
   *
   * @throws RunnerException a Docker image ({@code docker://}), which the rehearsal does not run,
   *     or a value that is neither form, in the runner's words
   */
  static ActionRef parse(String uses) {
    String value = uses.strip();
    if (value.startsWith("./") || value.startsWith(".\\")) {
      return new Local(value);
    }
    if (value.startsWith("docker://")) {
      throw new RunnerException(
          "Container actions are not rehearsed: '"
              + value
              + "' would need a Docker image run as a step");
    }
    Matcher matcher = Repository.USES.matcher(value);
    if (!matcher.matches()) {
      throw new RunnerException("Expected format {org}/{repo}[/path]@ref. Actual '" + value + "'");
    }
    return new Repository(
        matcher.group(1),
        matcher.group(2),
        Optional.ofNullable(matcher.group(3)),
        matcher.group(4));
  }

  /** An action of another repository, {@code owner/repo[/path]@ref}. */
  record Repository(String owner, String repository, Optional<String> path, String ref)
      implements ActionRef {
    private static final Pattern USES =
        Pattern.compile("([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)(?:/([^@]+))?@(.+)");
    private static final Pattern MAJOR = Pattern.compile("v(\\d+)(?:\\..*)?");

    public Repository {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(ref, "ref");
    }

    /** {@code owner/repo}, lower-cased: GitHub's names ignore case. */
    public String name() {
      return (owner + "/" + repository).toLowerCase(Locale.ROOT);
    }

    /** The major version a {@code vN} or {@code vN.x.y} tag names; none for a branch or a SHA. */
    public Optional<Integer> majorVersion() {
      Matcher matcher = MAJOR.matcher(ref);
      return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** As the step's log title shows it: {@code owner/repo[/path]@ref}. */
    @Override
    public String toString() {
      return owner + "/" + repository + path.map(p -> "/" + p).orElse("") + "@" + ref;
    }
  }

  /**
   * An action of the workflow's own repository, {@code ./path}: loaded from the workspace when its
   * step runs, after {@code actions/checkout} has filled it, as the runner loads it.
   */
  record Local(String path) implements ActionRef {
    public Local {
      Objects.requireNonNull(path, "path");
    }

    /** As written, which is also the step's log title ({@code Run ./path}). */
    @Override
    public String toString() {
      return path;
    }
  }
}
