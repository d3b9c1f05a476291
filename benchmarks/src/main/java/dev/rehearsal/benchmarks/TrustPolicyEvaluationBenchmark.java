package dev.rehearsal.benchmarks;

import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.PolicyEvaluator;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 2's goal: at least 1,000,000 evaluations per second of the seed trust policy on one core
 * (for scale, {@code @cloud-copilot/iam-simulate} does about 30,000 here). The request carries the
 * condition keys STS builds for a GitHub token, so the matcher sees what it sees in the emulator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TrustPolicyEvaluationBenchmark {
  private static final String PROVIDER =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";

  private final PolicyEvaluator evaluator = new PolicyEvaluator();
  private List<PolicyDocument> trustPolicy;
  private EvaluationRequest admitted;
  private EvaluationRequest refused;

  @Setup
  public void setUp() {
    trustPolicy = List.of(PolicyParser.parse(Seed.trustPolicyJson(), PolicyKind.TRUST));
    admitted = request("repo:acme/app:ref:refs/heads/main");
    refused = request("repo:evil/app:ref:refs/heads/main");
  }

  @Benchmark
  public Decision seedTrustPolicy_admitted() {
    return evaluator.evaluate(trustPolicy, admitted);
  }

  @Benchmark
  public Decision seedTrustPolicy_refused() {
    return evaluator.evaluate(trustPolicy, refused);
  }

  private static EvaluationRequest request(String subject) {
    ContextKeys keys =
        ContextKeys.of(
            Map.of(
                "token.actions.githubusercontent.com:sub", List.of(subject),
                "token.actions.githubusercontent.com:aud", List.of("sts.amazonaws.com"),
                "token.actions.githubusercontent.com:repository", List.of("acme/app"),
                "token.actions.githubusercontent.com:ref", List.of("refs/heads/main"),
                "token.actions.githubusercontent.com:actor", List.of("octocat"),
                "aws:FederatedProvider", List.of(PROVIDER),
                "sts:RoleSessionName", List.of("GitHubActions")));
    return EvaluationRequest.assumeRole(
        RequestPrincipal.federated(PROVIDER), "sts:AssumeRoleWithWebIdentity", keys);
  }
}
