package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.evaluation.RequestContexts;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.evaluation.Requester;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.SeedPolicies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check} evaluates ECR and STS requests with the global keys AWS sets on them (IAM User
 * Guide, "AWS global condition context keys"): a condition on {@code aws:RequestedRegion}, {@code
 * aws:PrincipalTag/*}, {@code aws:SourceIp}... decides as it would in AWS, instead of seeing an
 * absent key.
 */
class ScenarioRequestContextTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final String REGION = "eu-west-1";
  private static final String ALLOW_ECR =
      "{\"Effect\": \"Allow\", \"Action\": \"ecr:*\", \"Resource\": \"*\"}";

  /** The seed's role with an identity policy of ALLOW_ECR and {@code deny}, tagged team=ci. */
  private static Target target(String deny, String trustCondition) {
    String trust =
        trustCondition.isEmpty()
            ? SeedPolicies.TRUST_POLICY
            : SeedPolicies.TRUST_POLICY.replace(
                "\"StringLike\": {", trustCondition + ", \"StringLike\": {");
    String identity =
        "{\"Version\": \"2012-10-17\", \"Statement\": ["
            + ALLOW_ECR
            + (deny.isEmpty() ? "" : ", " + deny)
            + "]}";
    return SeedTarget.withRole(
        REGION,
        PolicyParser.parse(trust, PolicyKind.TRUST),
        List.of(PolicyParser.parse(identity, PolicyKind.IDENTITY)),
        Map.of("team", "ci"));
  }

  private static ScenarioResult push(Target target, String sourceIp) {
    String run =
        "{repository: acme/app, ref: main"
            + (sourceIp.isEmpty() ? "" : ", source_ip: '" + sourceIp + "'")
            + "}";
    String yaml =
        """
        scenarios:
          - name: push
            role: GithubOIDCIAMRole
            run: %s
            expect: {assume: allow, ecr: [{action: ecr:PutImage, repository: app, expect: allow}]}
        """
            .formatted(run);
    return new ScenarioRunner(target).run(ScenarioFile.parse("s.yaml", yaml).get(0), NOW);
  }

  private static String deny(String operator, String key, String value) {
    return "{\"Effect\": \"Deny\", \"Action\": \"ecr:*\", \"Resource\": \"*\", \"Condition\": {\""
        + operator
        + "\": {\""
        + key
        + "\": "
        + value
        + "}}}";
  }

  @ParameterizedTest(name = "Deny {0} {1} {2}, source {3}: push {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The issue's case: a region guard no longer denies every ECR call.
        "StringNotEquals | aws:RequestedRegion | '\"eu-west-1\"'           |             | allow",
        "StringNotEquals | aws:RequestedRegion | '[\"us-east-1\"]'         |             | deny",
        "StringEquals    | aws:RequestedRegion | '\"eu-west-1\"'           |             | deny",
        "StringNotEquals | aws:PrincipalAccount| '\"123456789012\"'        |             | allow",
        "ArnNotLike      | aws:PrincipalArn    | '\"arn:aws:iam::*:role/GithubOIDCIAMRole\"' | | allow",
        "StringNotLike   | aws:userid          | '\"AROAEXAMPLESEEDROLE01:*\"' |         | allow",
        "StringNotEquals | aws:PrincipalType   | '\"AssumedRole\"'         |             | allow",
        "StringNotEquals | aws:PrincipalTag/team | '\"ci\"'                |             | allow",
        "StringEquals    | aws:PrincipalTag/team | '\"ci\"'                |             | deny",
        "Bool            | aws:SecureTransport | '\"false\"'               |             | allow",
        "DateGreaterThan | aws:CurrentTime     | '\"2026-12-01T00:00:00Z\"' |            | allow",
        "DateLessThan    | aws:CurrentTime     | '\"2026-12-01T00:00:00Z\"' |            | deny",
        "NumericLessThan | aws:EpochTime       | '\"1795607999\"'          |             | allow",
        // aws:SourceIp: present when the scenario names the runner's address.
        "NotIpAddress    | aws:SourceIp        | '\"203.0.113.0/24\"'      | 203.0.113.7 | allow",
        "NotIpAddress    | aws:SourceIp        | '\"203.0.113.0/24\"'      | 198.51.100.1 | deny",
        "IpAddress       | aws:SourceIp        | '\"203.0.113.0/24\"'      | 203.0.113.7 | deny",
        // Without one the key is absent, as for a request through a VPC endpoint: a negated
        // operator is true there.
        "NotIpAddress    | aws:SourceIp        | '\"203.0.113.0/24\"'      |             | deny",
      })
  void ecrRequest_hasTheGlobalKeysAwsSets(
      String operator, String key, String value, String sourceIp, String expected) {
    ScenarioResult result =
        push(target(deny(operator, key, value), ""), sourceIp == null ? "" : sourceIp);

    assertThat(result.assume()).isEqualTo(Verdict.ALLOW);
    assertThat(result.ecr().get(0).actual().word())
        .as(result.ecr().get(0).why())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "trust condition {0}: assume {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"StringEquals\": {\"aws:RequestedRegion\": \"eu-west-1\"}'  | allow",
        "'\"StringEquals\": {\"aws:RequestedRegion\": \"us-east-1\"}'  | deny",
        "'\"Bool\": {\"aws:SecureTransport\": \"true\"}'               | allow",
        "'\"Null\": {\"aws:SourceIp\": \"true\"}'                      | allow",
      })
  void stsRequest_hasTheGlobalKeysAwsSets(String condition, String expected) {
    ScenarioResult result = push(target("", condition), "");

    assertThat(result.assume().word()).as(result.message()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "source {0}")
  @CsvSource({"203.0.113.7", "2001:db8::7"})
  void sourceIp_isTheScenariosAddress(String address) {
    ScenarioResult result =
        push(target(deny("NotIpAddress", "aws:SourceIp", "\"" + address + "\""), ""), address);

    assertThat(result.ecr().get(0).actual()).isEqualTo(Verdict.ALLOW);
    assertThat(
            result.ecr().get(0).decision().orElseThrow().request().context().values("aws:SourceIp"))
        .contains(List.of(address));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"eu-west-1", "us-east-1"})
  void ecrContext_isCoresOneBuilder(String region) {
    Target target = target("", "");
    Target.Role role = target.roles().get(0);
    Target moved = new Target(target.accountId(), region, target.providers(), target.roles());

    ScenarioResult result = push(moved, "");

    // The aws-emulator makes the same call for the same session (EcrAccess).
    assertThat(result.ecr().get(0).decision().orElseThrow().request().context())
        .isEqualTo(
            RequestContexts.of(
                Requester.roleSession(
                    role.arn(),
                    target.accountId(),
                    role.roleId() + ":" + ScenarioRunner.SESSION_NAME,
                    role.tags()),
                RequestOrigin.https(region, NOW)));
  }
}
