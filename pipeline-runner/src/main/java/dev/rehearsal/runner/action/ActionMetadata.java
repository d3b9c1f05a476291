package dev.rehearsal.runner.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an action's {@code action.yml} declares that the runner uses: its inputs in order, each with
 * its default (if any), and whether it has a {@code post} step.
 */
public record ActionMetadata(Map<String, Optional<String>> inputs, boolean hasPost) {
  public ActionMetadata {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /** A declaration builder: {@code ActionMetadata.builder().input("a").input("b", "x").post()}. */
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private final Map<String, Optional<String>> inputs = new LinkedHashMap<>();
    private boolean post;

    public Builder input(String name) {
      inputs.put(name, Optional.empty());
      return this;
    }

    public Builder input(String name, String defaultValue) {
      inputs.put(name, Optional.of(defaultValue));
      return this;
    }

    public Builder post() {
      post = true;
      return this;
    }

    public ActionMetadata build() {
      return new ActionMetadata(inputs, post);
    }
  }
}
