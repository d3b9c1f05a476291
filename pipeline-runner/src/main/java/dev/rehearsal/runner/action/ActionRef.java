package dev.rehearsal.runner.action;

import dev.rehearsal.runner.RunnerException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's {@code uses: OWNER/REPO[/PATH]@REF}, the form of an action in a public repository
 * (docs.github.com, "Workflow syntax", {@code jobs.<job_id>.steps[*].uses}).
 */
public record ActionRef(String owner, String repository, Optional<String> path, String ref) {
  private static final Pattern USES =
      Pattern.compile("([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)(?:/([^@]+))?@(.+)");
  private static final Pattern MAJOR = Pattern.compile("v(\\d+)(?:\\..*)?");

  public ActionRef {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(ref, "ref");
  }

  public static ActionRef parse(String uses) {
    Matcher matcher = USES.matcher(uses.strip());
    if (!matcher.matches()) {
      throw new RunnerException(
          "Expected format {org}/{repo}[/path]@ref. Actual '" + uses.strip() + "'");
    }
    return new ActionRef(
        matcher.group(1),
        matcher.group(2),
        Optional.ofNullable(matcher.group(3)),
        matcher.group(4));
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
