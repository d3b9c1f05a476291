package dev.rehearsal.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.aws.auth.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ECR passwords: valid 12 hours (ECR API Reference, GetAuthorizationToken: "The authorization token
 * is valid for 12 hours"), standing for the identity that asked, ending with a role session that
 * ends first; a password sealed under another data directory's key does not open.
 */
class RegistryPasswordsTest {
  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  private final RegistryPasswords passwords = new RegistryPasswords(new byte[32]);

  private static Caller session(Instant expiration) {
    return new Caller(
        "arn:aws:sts::000000000000:assumed-role/GithubOIDCIAMRole/GitHubActions",
        "AROAEXAMPLEEXAMPLEEXA:GitHubActions",
        "000000000000",
        Optional.of("arn:aws:iam::000000000000:role/GithubOIDCIAMRole"),
        Optional.of(expiration));
  }

  @Test
  void issue_expiresAtIsTwelveHoursAhead_evenForAShorterSession() {
    var issued = passwords.issue(session(NOW.plus(Duration.ofHours(1))), NOW);

    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
  }

  @Test
  void check_beforeTheSessionEnds_isTheSessionsCaller() {
    Caller caller = session(NOW.plus(Duration.ofHours(1)));
    var issued = passwords.issue(caller, NOW);

    var check = passwords.check(issued.password(), NOW.plus(Duration.ofMinutes(59)));

    assertThat(check)
        .isInstanceOfSatisfying(
            RegistryPasswords.Valid.class,
            valid -> {
              assertThat(valid.caller().arn()).isEqualTo(caller.arn());
              assertThat(valid.caller().roleArn()).isEqualTo(caller.roleArn());
            });
  }

  @Test
  void check_onceTheSessionHasEnded_isExpired() {
    var issued = passwords.issue(session(NOW.plus(Duration.ofHours(1))), NOW);

    assertThat(passwords.check(issued.password(), NOW.plus(Duration.ofHours(1))))
        .isInstanceOf(RegistryPasswords.Expired.class);
  }

  @Test
  void check_ofTheRootsPassword_afterTwelveHours_isExpired() {
    var issued = passwords.issue(Caller.root("000000000000"), NOW);

    assertThat(passwords.check(issued.password(), NOW.plus(Duration.ofHours(11))))
        .isInstanceOf(RegistryPasswords.Valid.class);
    assertThat(passwords.check(issued.password(), NOW.plus(Duration.ofHours(12))))
        .isInstanceOf(RegistryPasswords.Expired.class);
  }

  @Test
  void check_ofAPasswordSealedUnderAnotherKey_isInvalid() {
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    var foreign = new RegistryPasswords(otherKey).issue(Caller.root("000000000000"), NOW);

    assertThat(passwords.check(foreign.password(), NOW))
        .isInstanceOf(RegistryPasswords.Invalid.class);
  }
}
