package dev.rehearsal.core.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy to lint: its name as the template gives it ({@code AssumeRolePolicyDocument}, or a
 * permission policy's {@code PolicyName}), the parsed document, and optionally the tree it was
 * parsed from, so that findings point at the element as written (a single {@code Statement} object
 * or a list, a single value or a list).
 */
public record LintPolicy(String name, PolicyDocument document, Optional<JsonNode> source) {
  public LintPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
  }

  public static LintPolicy of(String name, PolicyDocument document) {
    return new LintPolicy(name, document, Optional.empty());
  }

  Pointers pointers() {
    return new Pointers(source);
  }
}
