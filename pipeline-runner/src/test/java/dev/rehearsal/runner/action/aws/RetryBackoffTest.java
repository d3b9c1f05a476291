package dev.rehearsal.runner.action.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.runner.action.ActionFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** configure-aws-credentials' {@code retryAndBackoff}: attempts and waits. */
class RetryBackoffTest {
  private final List<Long> waits = new ArrayList<>();
  private final RetryBackoff backoff = new RetryBackoff(waits::add, () -> 0.5);

  @Test
  void run_alwaysFailing_triesMaxRetriesTimes_waitingHalfOfDoublingCeilings() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> backoff.run(failing(attempts), true, 4)).hasMessage("no");

    assertThat(attempts).hasValue(4);
    assertThat(waits).containsExactly(25L, 50L, 100L, 200L);
  }

  @Test
  void run_notRetryable_triesOnce() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> backoff.run(failing(attempts), false, 12))
        .isInstanceOf(ActionFailedException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void run_succeedingLater_returnsTheValue() {
    AtomicInteger attempts = new AtomicInteger();

    String value =
        backoff.run(
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new ActionFailedException("not yet");
              }
              return "done";
            },
            true,
            12);

    assertThat(value).isEqualTo("done");
    assertThat(waits).hasSize(2);
  }

  private static java.util.function.Supplier<String> failing(AtomicInteger attempts) {
    return () -> {
      attempts.incrementAndGet();
      throw new ActionFailedException("no");
    };
  }

  @ParameterizedTest(name = "parseInt(''{0}'') || 7 = {1}")
  @CsvSource({"'', 7", "900, 900", "' 42abc', 42", "abc, 7", "0, 7", "-5, -5", "1.9, 1"})
  void parseIntOr_isJavaScriptsParseIntOrFallback(String input, int expected) {
    assertThat(CredentialInputs.parseIntOr(input, 7)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1:4566, 127_0_0_1_4566",
    "123456789012.dkr.ecr.us-east-1.amazonaws.com, 123456789012_dkr_ecr_us_east_1_amazonaws_com",
    "a--b__c, a_b__c"
  })
  void outputSuffix_replacesEveryRunOfOtherCharacters(String registry, String suffix) {
    assertThat(AmazonEcrLogin.outputSuffix(registry)).isEqualTo(suffix);
  }
}
