package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates IAM policies for a request as the IAM User Guide's "Policy evaluation logic" describes
 * for one set of policies: a statement applies when its principal, action, resource and all
 * conditions match; any applicable {@code Deny} gives an explicit deny, which overrides every
 * {@code Allow}; otherwise an applicable {@code Allow} allows; otherwise the request is implicitly
 * denied.
 *
 * <p>Documents are compiled on first use and kept (up to {@value #CACHE_LIMIT} of them), so that
 * callers can pass the same documents on every request. Thread-safe.
 */
public final class PolicyEvaluator {
  private static final int CACHE_LIMIT = 1024;

  /**
   * Compiled documents by identity: callers pass the same objects request after request. Not by
   * content: a record's hashCode walks the whole document on every lookup, and its first call links
   * a bootstrap method per record type (~90 lambda forms spun at the start of {@code rehearse
   * check}); an equal document parsed again (the aws-emulator after an IAM change) is compiled
   * again, which is cheap.
   */
  private final Map<SameDocument, CompiledPolicy> byIdentity = new ConcurrentHashMap<>();

  private volatile CompiledPolicy lastCompiled;

  /** Evaluates {@code policies} (all of them, in order) for {@code request}. */
  public Decision evaluate(List<PolicyDocument> policies, EvaluationRequest request) {
    List<CompiledPolicy> compiledPolicies = new ArrayList<>(policies.size());
    for (int i = 0; i < policies.size(); i++) { // indexed: no iterator per evaluation
      compiledPolicies.add(compiledFor(policies.get(i)));
    }
    return evaluateCompiled(compiledPolicies, request);
  }

  /** Evaluates policies compiled by the caller with {@link CompiledPolicy#compile}. */
  public Decision evaluateCompiled(List<CompiledPolicy> policies, EvaluationRequest request) {
    int statements = 0;
    for (int p = 0; p < policies.size(); p++) {
      statements += policies.get(p).statementCount();
    }
    List<StatementTrace> trace = new ArrayList<>(statements);
    boolean allowed = false;
    boolean denied = false;
    for (int p = 0; p < policies.size(); p++) {
      CompiledPolicy policy = policies.get(p);
      for (int s = 0; s < policy.statementCount(); s++) {
        StatementTrace statement = policy.evaluate(p, s, request);
        trace.add(statement);
        if (statement.applied()) {
          allowed |= statement.effect() == Effect.ALLOW;
          denied |= statement.effect() == Effect.DENY;
        }
      }
    }
    Outcome outcome =
        denied ? Outcome.EXPLICIT_DENY : allowed ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
    return new Decision(outcome, trace, request);
  }

  /** {@code policy} compiled, from this evaluator's cache when it has seen the document before. */
  public CompiledPolicy compiled(PolicyDocument policy) {
    return compiledFor(policy);
  }

  private CompiledPolicy compiledFor(PolicyDocument policy) {
    // The last document asked for first: callers ask for the same one request after request.
    CompiledPolicy last = lastCompiled;
    if (last != null && last.document() == policy) {
      return last;
    }
    CompiledPolicy known = byIdentity.get(new SameDocument(policy));
    if (known != null) {
      lastCompiled = known;
      return known;
    }
    // A bound keeps a long-running emulator from growing without limit; recompiling is cheap.
    if (byIdentity.size() >= CACHE_LIMIT) {
      byIdentity.clear();
    }
    CompiledPolicy compiledPolicy = CompiledPolicy.compile(policy);
    byIdentity.put(new SameDocument(policy), compiledPolicy);
    lastCompiled = compiledPolicy;
    return compiledPolicy;
  }

  /** A document as a key by identity. */
  private record SameDocument(PolicyDocument document) {
    @Override
    public boolean equals(Object other) {
      return other instanceof SameDocument that && that.document == document;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(document);
    }
  }
}
