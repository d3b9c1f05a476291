package dev.rehearsal.core.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Principal} or {@code NotPrincipal}: either {@code "*"} (anyone) or a map from principal
 * type ({@code AWS}, {@code Federated}, {@code Service}, {@code CanonicalUser}) to one or more
 * values. {@code "Principal": "*"} and {@code "Principal": {"AWS": "*"}} mean the same to IAM but
 * are kept apart here so that a document is written back as it was given.
 */
public record PrincipalElement(
    boolean negated, boolean wildcard, Map<String, List<String>> byType) {
  public PrincipalElement {
    var copy = new LinkedHashMap<String, List<String>>();
    byType.forEach((type, values) -> copy.put(type, List.copyOf(values)));
    byType = java.util.Collections.unmodifiableMap(copy);
    if (wildcard && !byType.isEmpty()) {
      throw new IllegalArgumentException("a wildcard principal has no typed values");
    }
  }

  public static PrincipalElement anyone() {
    return new PrincipalElement(false, true, Map.of());
  }

  public static PrincipalElement of(String type, String... values) {
    return new PrincipalElement(false, false, Map.of(type, List.of(values)));
  }
}
