package dev.rehearsal.runner.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What an action's {@code action.yml} declares that the runner uses: its inputs in order, each with
 * its default as written (if any), the inputs' {@code deprecationMessage}s, and whether it has a
 * {@code pre} or {@code post} step, with the condition each runs under ({@code pre-if}, {@code
 * post-if}; {@code always()} when not given, as actions/runner's {@code ActionManifestManager}
 * defaults them).
 */
public record ActionMetadata(
    Map<String, Optional<String>> inputs,
    Map<String, String> deprecations,
    Optional<String> preCondition,
    Optional<String> postCondition) {
  public static final String ALWAYS = "always()";

  public ActionMetadata {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    deprecations = Collections.unmodifiableMap(new LinkedHashMap<>(deprecations));
  }

  public boolean hasPre() {
    return preCondition.isPresent();
  }

  public boolean hasPost() {
    return postCondition.isPresent();
  }

  /**
   * The inputs an action runs with, as actions/runner's {@code ActionRunner} merges them: the given
   * ones, then each declared input not given (names compared ignoring case) with its default, which
   * {@code evaluate} turns into its value, or the empty string when it has none.
   */
  public Map<String, String> inputsWith(Map<String, String> given, UnaryOperator<String> evaluate) {
    Map<String, String> merged = new LinkedHashMap<>(given);
    inputs.forEach(
        (name, defaultValue) -> {
          boolean isGiven = given.keySet().stream().anyMatch(name::equalsIgnoreCase);
          if (!isGiven) {
            merged.put(name, defaultValue.map(evaluate).orElse(""));
          }
        });
    return merged;
  }

  /**
   * The runner's warnings about {@code given} inputs: each deprecated one ({@code Input 'x' has
   * been deprecated with message: …}), then those the action does not declare ({@code Unexpected
   * input(s) …}).
   */
  public List<String> warnings(Iterable<String> given) {
    List<String> warnings = new ArrayList<>();
    TreeMap<String, String> valid = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    inputs.keySet().forEach(name -> valid.put(name, name));
    TreeMap<String, String> deprecated = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    deprecated.putAll(deprecations);
    List<String> unexpected = new ArrayList<>();
    for (String name : given) {
      if (deprecated.containsKey(name)) {
        warnings.add(
            "Input '" + name + "' has been deprecated with message: " + deprecated.get(name));
      }
      if (!valid.containsKey(name)) {
        unexpected.add(name);
      }
    }
    if (!unexpected.isEmpty()) {
      warnings.add(
          "Unexpected input(s) '"
              + String.join("', '", unexpected)
              + "', valid inputs are ['"
              + String.join("', '", valid.values())
              + "']");
    }
    return warnings;
  }

  /** A declaration builder: {@code ActionMetadata.builder().input("a").input("b", "x").post()}. */
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private final Map<String, Optional<String>> inputs = new LinkedHashMap<>();
    private final Map<String, String> deprecations = new LinkedHashMap<>();
    private Optional<String> pre = Optional.empty();
    private Optional<String> post = Optional.empty();

    public Builder input(String name) {
      inputs.put(name, Optional.empty());
      return this;
    }

    public Builder input(String name, String defaultValue) {
      inputs.put(name, Optional.of(defaultValue));
      return this;
    }

    public Builder deprecated(String name, String message) {
      deprecations.put(name, message);
      return this;
    }

    public Builder pre(String condition) {
      pre = Optional.of(condition);
      return this;
    }

    /** A post step under {@code always()}. */
    public Builder post() {
      return post(ALWAYS);
    }

    public Builder post(String condition) {
      post = Optional.of(condition);
      return this;
    }

    public ActionMetadata build() {
      return new ActionMetadata(inputs, deprecations, pre, post);
    }
  }
}
