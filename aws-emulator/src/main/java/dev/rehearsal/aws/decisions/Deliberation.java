package dev.rehearsal.aws.decisions;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.explain.Explanation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One request's decision while it is being made. The router that took the request opens it (its id,
 * service and action), whoever decides adds what it found ({@link #explain}) on the same thread,
 * and the router closes it with the answer ({@link #allowed()}, {@link #refused}), which hands it
 * to the {@link DecisionLog}. The lines are written only then, once the request is decided: what a
 * deciding class adds is the decision itself, not its text.
 *
 * <p>The current deliberation is found through the thread (as a logging context is): the checks
 * that decide (SigV4, identity policies, trust policies, ECR's authoriser) sit several calls below
 * the routers, in-process CloudFormation included, and none of their callers should carry it.
 */
public final class Deliberation {
  private static final ThreadLocal<Deliberation> CURRENT = new ThreadLocal<>();

  private final DecisionLog log;
  private final String requestId;
  private final Instant time;
  private String service;
  private String action;
  private String caller = "anonymous";
  private String resource;
  private final List<Supplier<List<String>>> explanation = new ArrayList<>(2);
  private Supplier<String> reason;
  private boolean done;

  Deliberation(DecisionLog log, String requestId, Instant time, String service, String action) {
    this.log = log;
    this.requestId = requestId;
    this.time = time;
    this.service = service;
    this.action = action;
  }

  /** The deliberation of the request this thread answers; one that records nothing if none. */
  static Deliberation current() {
    return CURRENT.get();
  }

  void open() {
    CURRENT.set(this);
  }

  /** Adds lines to the explanation, written when the record is: from an immutable decision. */
  public static void explain(Supplier<List<String>> lines) {
    Deliberation current = CURRENT.get();
    if (current != null) {
      current.explanation.add(lines);
    }
  }

  /** Adds one line that is already written. */
  public static void explainLine(String line) {
    explain(() -> List.of(line));
  }

  /**
   * Why the request was refused, in one line, better than the error's message (which AWS keeps
   * vague): the first that is given is kept.
   */
  public static void because(Supplier<String> why) {
    Deliberation current = CURRENT.get();
    if (current != null && current.reason == null) {
      current.reason = why;
    }
  }

  /** The ARN the request acts on (a role, a repository); the first one named is kept. */
  public static void on(String resourceArn) {
    Deliberation current = CURRENT.get();
    if (current != null && current.resource == null && !resourceArn.isEmpty()) {
      current.resource = resourceArn;
    }
  }

  /** Who signed the request (an ARN). */
  public static void by(String callerArn) {
    Deliberation current = CURRENT.get();
    if (current != null) {
      current.caller = callerArn;
    }
  }

  /** The service that decided: e.g. {@code auth} when the signature, not the service, refused. */
  public Deliberation service(String name) {
    this.service = name;
    return this;
  }

  public Deliberation action(String name) {
    this.action = name;
    return this;
  }

  /** The action, once known (the registry learns it when it authorises). */
  public static void actionIs(String name) {
    Deliberation current = CURRENT.get();
    if (current != null) {
      current.action = name;
    }
  }

  public String requestId() {
    return requestId;
  }

  /** The request was answered as asked. */
  public void allowed() {
    close(new DecisionRecord.Verdict("allowed", null, null));
  }

  /** The request was refused with {@code error}. */
  public void refused(RehearsalException error) {
    AwsErrorCode code = error.errorCode();
    // A registry refusal shares ECR's AccessDeniedException with a bad password: only DENIED is
    // an authorisation.
    boolean denied =
        error instanceof RegistryException registry
            ? registry.registryCode() == RegistryErrorCode.DENIED
            : code == AwsErrorCode.ACCESS_DENIED || code == AwsErrorCode.ECR_ACCESS_DENIED;
    close(
        new DecisionRecord.Verdict(denied ? "denied" : "refused", code.code(), error.getMessage()));
  }

  /**
   * Nothing was decided (a registry client asking for the challenge, a client gone mid-body): no
   * record. Nothing happens when the request was already recorded.
   */
  public void discard() {
    done = true;
    if (CURRENT.get() == this) {
      CURRENT.remove();
    }
  }

  private void close(DecisionRecord.Verdict verdict) {
    if (done) {
      return;
    }
    discard();
    if (!log.enabled()) {
      return;
    }
    log.append(
        DecisionRecord.of(
            requestId,
            time,
            service,
            action,
            caller,
            resource,
            verdict,
            reason == null ? null : reason.get(),
            lines(explanation, verdict)));
  }

  private static List<String> lines(
      List<Supplier<List<String>>> parts, DecisionRecord.Verdict verdict) {
    List<String> out = new ArrayList<>();
    for (Supplier<List<String>> part : parts) {
      out.addAll(part.get());
    }
    if (verdict.errorCode() != null && out.stream().noneMatch(line -> line.startsWith("FAIL"))) {
      // Refused by the service's own rules (a parameter, a policy document's rule) after every
      // check passed: its text names the field or the rule.
      out.add(Explanation.check(false, verdict.errorCode(), verdict.message()));
    }
    return out;
  }
}
