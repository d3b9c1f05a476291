package dev.rehearsal.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.CallerContexts;
import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.evaluation.RequestContexts;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.evaluation.Requester;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The emulator's ECR requests carry the request context core builds for {@code rehearse check}
 * ({@link RequestContexts}): the same keys for the same session, so both answer alike.
 */
class EcrAccessContextTest {
  private static final String ACCOUNT = "123456789012";
  private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/ci";
  private static final String SESSION =
      "arn:aws:sts::" + ACCOUNT + ":assumed-role/ci/GitHubActions";
  private static final String USER_ID = "AROAEXAMPLE:GitHubActions";
  private static final String REPOSITORY = "arn:aws:ecr:eu-west-1:" + ACCOUNT + ":repository/app";
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final PolicyDocument REGION_GUARD =
      PolicyParser.parse(
          """
          {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "ecr:*", "Resource": "*"},
            {"Effect": "Deny", "Action": "ecr:*", "Resource": "*",
             "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}}}]}
          """,
          PolicyKind.IDENTITY);

  private final EcrAccess access =
      new EcrAccess(
          role -> List.of(REGION_GUARD),
          new CallerContexts(role -> Map.of("team", "ci"), "eu-west-1", CLOCK));

  private static Caller session() {
    return new Caller(
        SESSION, USER_ID, ACCOUNT, Optional.of(ROLE), Optional.of(NOW.plusSeconds(3600)));
  }

  @Test
  void signedRequest_hasCoresRequestContext() {
    RequestOrigin origin = new RequestOrigin("eu-west-1", NOW, true, Optional.of("203.0.113.7"));

    EcrDecision decision =
        access.decide(session().from(origin), "ecr:PutImage", REPOSITORY, Optional.empty());

    assertThat(decision.allowed()).as(decision.explain()).isTrue();
    assertThat(decision.identity().request().context())
        .isEqualTo(
            RequestContexts.of(
                Requester.roleSession(ROLE, ACCOUNT, USER_ID, Map.of("team", "ci")), origin));
  }

  @Test
  void requestToAnotherRegion_isDeniedByTheRegionGuard() {
    RequestOrigin origin = RequestOrigin.https("us-east-1", NOW);

    EcrDecision decision =
        access.decide(session().from(origin), "ecr:PutImage", REPOSITORY, Optional.empty());

    assertThat(decision.allowed()).isFalse();
  }

  @Test
  void callWithoutHttpRequest_isInTheEmulatorsRegionNow() {
    EcrDecision decision = access.decide(session(), "ecr:PutImage", REPOSITORY, Optional.empty());

    assertThat(decision.allowed()).as(decision.explain()).isTrue();
    assertThat(decision.identity().request().context().values("aws:CurrentTime"))
        .contains(List.of("2026-11-25T12:00:00Z"));
  }
}
