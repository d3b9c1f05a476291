package dev.rehearsal.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.SeedPolicies;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessDiffTest {
  static final String SUB = "token.actions.githubusercontent.com:sub";
  static final String PROVIDER =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";

  static final String TIGHTENED =
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": "sts:AssumeRoleWithWebIdentity",
          "Principal": {"Federated": "%s"},
          "Condition": {
            "StringEquals": {
              "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main",
              "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"
            }
          }
        }]
      }
      """
          .formatted(PROVIDER);

  static PolicyDocument trust(String json) {
    return PolicyParser.parse(json, PolicyKind.TRUST);
  }

  @Test
  void ofTrustPolicies_seedAgainstTightened_losesPullRequestsAndOtherRepositories() {
    AccessDiff diff =
        AccessDiff.ofTrustPolicies(trust(SeedPolicies.TRUST_POLICY), trust(TIGHTENED));

    assertThat(diff.exact()).isTrue();
    assertThat(diff.gained()).isEmpty();
    List<String> lost = lostSubjects(diff);
    assertThat(lost).contains("repo:acme/app:pull_request", "repo:acme/other:ref:refs/heads/main");
    assertThat(diff.lost().get(0).summary())
        .startsWith("token.actions.githubusercontent.com:sub = repo:acme/app:pull_request")
        .endsWith("no longer admitted");
    assertThat(diff.describe())
        .contains(
            "  also token.actions.githubusercontent.com:sub = repo:acme/other:ref:refs/heads/main");
  }

  @Test
  void ofTrustPolicies_tightenedAgainstSeed_gainsTheSameRequests() {
    AccessDiff diff =
        AccessDiff.ofTrustPolicies(trust(TIGHTENED), trust(SeedPolicies.TRUST_POLICY));

    assertThat(diff.lost()).isEmpty();
    assertThat(diff.widens()).isTrue();
    assertThat(diff.gained().get(0).summary())
        .startsWith(SUB + " = repo:acme/app:pull_request")
        .endsWith("now admitted");
  }

  @Test
  void ofTrustPolicies_audienceAdded_losesOtherAudiences() {
    String main =
        TIGHTENED.replaceAll(
            ",\\s*\"token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\"", "");
    assertThat(main).doesNotContain(":aud");
    AccessDiff diff = AccessDiff.ofTrustPolicies(trust(main), trust(TIGHTENED));

    assertThat(diff.gained()).isEmpty();
    assertThat(diff.lost()).isNotEmpty();
    AccessWitness witness = diff.lost().get(0).witnesses().get(0);
    assertThat(witness.keys().get(SUB)).contains("repo:acme/app:ref:refs/heads/main");
    assertThat(witness.keys().get("token.actions.githubusercontent.com:aud"))
        .hasValueSatisfying(aud -> assertThat(aud).isNotEqualTo("sts.amazonaws.com"));
  }

  @Test
  void ofTrustPolicies_sameDocument_isEmpty() {
    AccessDiff diff =
        AccessDiff.ofTrustPolicies(
            trust(SeedPolicies.TRUST_POLICY), trust(SeedPolicies.TRUST_POLICY));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.exact()).isTrue();
    assertThat(diff.describe()).isEqualTo("no change\n");
  }

  @Test
  void ofTrustPolicies_denyAddedForPullRequests_losesOnlyPullRequests() {
    String withDeny =
        """
        {"Statement": [
          {"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",
           "Principal": {"Federated": "%1$s"},
           "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}},
          {"Effect": "Deny", "Action": "sts:AssumeRoleWithWebIdentity",
           "Principal": {"Federated": "%1$s"},
           "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "*:pull_request"}}}
        ]}
        """
            .formatted(PROVIDER);

    AccessDiff diff = AccessDiff.ofTrustPolicies(trust(SeedPolicies.TRUST_POLICY), trust(withDeny));

    assertThat(diff.gained()).isEmpty();
    assertThat(lostSubjects(diff)).isNotEmpty().allMatch(sub -> sub.endsWith(":pull_request"));
  }

  @Test
  void ofTrustPolicies_numericCondition_isUndecidedButWitnessesStayConfirmed() {
    String numeric =
        SeedPolicies.TRUST_POLICY.replace(
            "\"StringLike\"",
            "\"NumericLessThan\": {\"aws:EpochTime\": \"2000000000\"}, \"StringLike\"");

    AccessDiff diff = AccessDiff.ofTrustPolicies(trust(SeedPolicies.TRUST_POLICY), trust(numeric));

    assertThat(diff.exact()).isFalse();
    assertThat(diff.undecided())
        .extracting(Undecided::reason)
        .anyMatch(r -> r.startsWith("NumericLessThan on aws:EpochTime"));
  }

  @Test
  void ofTrustPolicies_sameNumericConditionBothSides_findsWitnessSatisfyingIt() {
    String epoch = "\"NumericLessThan\": {\"aws:EpochTime\": \"2000000000\"}, ";
    String before = SeedPolicies.TRUST_POLICY.replace("\"StringLike\"", epoch + "\"StringLike\"");
    String after = TIGHTENED.replace("\"StringEquals\"", epoch + "\"StringEquals\"");

    AccessDiff diff = AccessDiff.ofTrustPolicies(trust(before), trust(after));

    assertThat(diff.exact()).isFalse();
    assertThat(lostSubjects(diff)).contains("repo:acme/app:pull_request");
    assertThat(diff.lost().get(0).witnesses().get(0).keys().get("aws:EpochTime"))
        .contains("1999999999");
  }

  @Test
  void ofIdentityPolicies_pushRemoved_losesPushActionsOnRepositories() {
    String pullOnly =
        SeedPolicies.PERMISSION_POLICY.replaceAll(
            "\"ecr:CompleteLayerUpload\",\\s*\"ecr:UploadLayerPart\",\\s*\"ecr:InitiateLayerUpload\",\\s*",
            "");

    AccessDiff diff =
        AccessDiff.ofIdentityPolicies(
            List.of(identity(SeedPolicies.PERMISSION_POLICY)), List.of(identity(pullOnly)));

    assertThat(diff.gained()).isEmpty();
    assertThat(diff.lost())
        .flatExtracting(AccessChange::witnesses)
        .extracting(AccessWitness::describe)
        .contains(
            "ecr:InitiateLayerUpload on arn:aws:ecr:us-east-1:123456789012:repository/x",
            "ecr:UploadLayerPart on arn:aws:ecr:us-east-1:123456789012:repository/x");
  }

  @Test
  void ofIdentityPolicies_ecrStar_gainsActionsBeyondPush() {
    String star = SeedPolicies.PERMISSION_POLICY.replace("\"ecr:PutImage\"", "\"ecr:*\"");

    AccessDiff diff =
        AccessDiff.ofIdentityPolicies(
            List.of(identity(SeedPolicies.PERMISSION_POLICY)), List.of(identity(star)));

    assertThat(diff.lost()).isEmpty();
    assertThat(diff.gained().get(0).summary())
        .isEqualTo(
            "ecr:DeleteRepository on arn:aws:ecr:us-east-1:123456789012:repository/x now admitted");
  }

  static PolicyDocument identity(String json) {
    return PolicyParser.parse(json, PolicyKind.IDENTITY);
  }

  private static List<String> lostSubjects(AccessDiff diff) {
    return diff.lost().stream()
        .flatMap(change -> change.witnesses().stream())
        .map(w -> w.keys().get(SUB).orElse("(absent)"))
        .toList();
  }
}
