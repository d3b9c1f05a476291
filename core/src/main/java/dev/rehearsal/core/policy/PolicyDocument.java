package dev.rehearsal.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IAM policy document (IAM User Guide, "IAM JSON policy element reference"): an optional {@code
 * Version} and {@code Id} and one or more statements. {@code Statement} given as a single object is
 * held as a list of one, so the model has one canonical shape.
 */
public record PolicyDocument(
    Optional<String> version, Optional<String> id, List<Statement> statements) {
  /** The only two policy language versions IAM knows. */
  public static final String VERSION_2012 = "2012-10-17";

  public static final String VERSION_2008 = "2008-10-17";

  public PolicyDocument {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(id, "id");
    statements = List.copyOf(statements);
  }

  /**
   * Whether policy variables ({@code ${aws:username}}) are substituted: only under version
   * 2012-10-17; otherwise they are literal text (IAM User Guide, "IAM policy elements: Variables
   * and tags").
   */
  public boolean supportsPolicyVariables() {
    return version.map(VERSION_2012::equals).orElse(false);
  }
}
