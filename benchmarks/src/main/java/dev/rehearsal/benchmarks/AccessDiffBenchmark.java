package dev.rehearsal.benchmarks;

import dev.rehearsal.core.access.AccessDiff;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 5's goal: the exact access diff of the seed trust policy against a tightened one ({@code
 * repo:acme/app:ref:refs/heads/main} and the {@code sts.amazonaws.com} audience) in under 100 ms.
 * Each call builds every automaton, box and witness afresh and runs the evaluator on every witness,
 * as {@code rehearse diff} does once per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AccessDiffBenchmark {
  private static final String TIGHTENED =
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Principal": {"Federated":
          "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
        "Condition": {"StringEquals": {
          "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main",
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}
      """;

  private PolicyDocument seed;
  private PolicyDocument tightened;

  @Setup
  public void setUp() {
    seed = PolicyParser.parse(Seed.trustPolicyJson(), PolicyKind.TRUST);
    tightened = PolicyParser.parse(TIGHTENED, PolicyKind.TRUST);
  }

  @Benchmark
  public AccessDiff seedAgainstTightened() {
    return AccessDiff.ofTrustPolicies(seed, tightened);
  }

  @Benchmark
  public AccessDiff tightenedAgainstSeed() {
    return AccessDiff.ofTrustPolicies(tightened, seed);
  }
}
