package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssumableRoleTest {
  private static final PolicyDocument EMPTY =
      new PolicyDocument(Optional.empty(), Optional.empty(), List.of());

  private static AssumableRole role(String arn) {
    return new AssumableRole(arn, "AROAEXAMPLEROLEID0001", EMPTY, 3600);
  }

  /** IAM ARNs: arn:partition:service:region:account-id:resource (IAM User Guide, "IAM ARNs"). */
  @Test
  void accountId_isTheFifthFieldOfTheArn_perIamArnFormat() {
    assertThat(role("arn:aws:iam::123456789012:role/path/Name").accountId())
        .isEqualTo("123456789012");
    assertThat(role("arn:aws:iam::123456789012:role/a:b").accountId()).isEqualTo("123456789012");
    assertThat(role("arn:aws:iam::123456789012").accountId()).isEqualTo("123456789012");
    assertThat(role("arn:aws:iam::").accountId()).isEmpty();
  }

  @Test
  void accountId_whenTheArnHasFewerThanFiveFields_fails() {
    assertThatThrownBy(() -> role("arn:aws:iam:").accountId())
        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
  }
}
