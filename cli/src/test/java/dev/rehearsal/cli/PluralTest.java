package dev.rehearsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {
  @Test
  void one_isSingular_everyOtherCountPlural() {
    assertThat(Plural.of(1, "scenario")).isEqualTo("1 scenario");
    assertThat(Plural.of(0, "error")).isEqualTo("0 errors");
    assertThat(Plural.of(2, "note")).isEqualTo("2 notes");
    assertThat(Plural.of(100_000, "scenario")).isEqualTo("100000 scenarios");
  }
}
