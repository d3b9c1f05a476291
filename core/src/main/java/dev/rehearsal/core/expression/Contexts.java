package dev.rehearsal.core.expression;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an evaluation reads: the contexts by name ({@code github}, {@code env}, {@code matrix}, …;
 * looked up without regard to case), the job status behind the status check functions, the
 * workspace behind {@code hashFiles}, and the memory one evaluation may use.
 *
 * <pre>{@code
 * Contexts contexts = Contexts.builder()
 *     .put("github", Values.of(Map.of("ref", "refs/heads/main", "event_name", "push")))
 *     .jobStatus(() -> JobStatus.SUCCESS)
 *     .build();
 * }</pre>
 *
 * A context the scope allows but that is not supplied reads as {@code null}.
 */
public final class Contexts {
  /**
   * The workflow evaluator's limit ({@code PipelineTemplateEvaluator.MaxResultSize}, 10 MB); the
   * bare expression SDK defaults to 1 MB.
   */
  public static final int DEFAULT_MAX_MEMORY = 10 * 1024 * 1024;

  private final ObjectValue values;
  private final Supplier<JobStatus> jobStatus;
  private final HashFiles hashFiles;
  private final int maxMemory;

  private Contexts(Builder builder) {
    this.values = builder.values.build();
    this.jobStatus = builder.jobStatus;
    this.hashFiles = builder.hashFiles;
    this.maxMemory = builder.maxMemory;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Only these contexts; the job status is success and {@code hashFiles} is not available. */
  public static Contexts of(Map<String, ? extends Value> contexts) {
    Builder builder = builder();
    contexts.forEach(builder::put);
    return builder.build();
  }

  public static Contexts empty() {
    return builder().build();
  }

  public Optional<Value> get(String name) {
    return values.get(name);
  }

  /** All contexts, as one object keyed by context name. */
  public ObjectValue asObject() {
    return values;
  }

  JobStatus jobStatus() {
    return Objects.requireNonNull(jobStatus.get(), "job status");
  }

  Optional<HashFiles> hashFiles() {
    return Optional.ofNullable(hashFiles);
  }

  int maxMemory() {
    return maxMemory;
  }

  public static final class Builder {
    private final ObjectValue.Builder values = ObjectValue.builder();
    private Supplier<JobStatus> jobStatus = () -> JobStatus.SUCCESS;
    private HashFiles hashFiles;
    private int maxMemory = DEFAULT_MAX_MEMORY;

    private Builder() {}

    public Builder put(String name, Value value) {
      values.put(name, value);
      return this;
    }

    /** Read when a status check function is called; the runner's default is success. */
    public Builder jobStatus(Supplier<JobStatus> jobStatus) {
      this.jobStatus = Objects.requireNonNull(jobStatus, "jobStatus");
      return this;
    }

    public Builder jobStatus(JobStatus jobStatus) {
      Objects.requireNonNull(jobStatus, "jobStatus");
      return jobStatus(() -> jobStatus);
    }

    public Builder hashFiles(HashFiles hashFiles) {
      this.hashFiles = Objects.requireNonNull(hashFiles, "hashFiles");
      return this;
    }

    public Builder maxMemory(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxMemory must be positive");
      }
      this.maxMemory = bytes;
      return this;
    }

    public Contexts build() {
      return new Contexts(this);
    }
  }
}
