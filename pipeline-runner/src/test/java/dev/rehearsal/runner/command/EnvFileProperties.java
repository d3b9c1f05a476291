package dev.rehearsal.runner.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.runner.support.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner-file parser on any input, and entries written as @actions/core writes them. */
class EnvFileProperties {
  @Test
  void parse_anyText_givesEntriesOrTheRunnersError() {
    qt().withExamples(5000)
        .forAll(Texts.over("AB=<\n\rE OF\uFEFF", 0, 40))
        .checkAssert(
            text -> {
              try {
                List<NameValue> entries = EnvFile.parse(text);
                assertThat(entries).allSatisfy(entry -> assertThat(entry.name()).isNotEmpty());
              } catch (FileCommandException refused) {
                assertThat(refused.getMessage()).startsWith("Invalid ");
              }
            });
  }

  @Test
  void parse_heredocWithADelimiterNotInTheValue_givesTheValueBack() {
    // @actions/core's prepareKeyValueMessage: NAME<<ghadelimiter_<uuid>, value, delimiter.
    qt().withExamples(2000)
        .forAll(Texts.over("ab_: ", 1, 8), Texts.over("ab=<\n\r:% ", 0, 40))
        .checkAssert(
            (name, value) -> {
              String delimiter = "ghadelimiter_0f1e2d3c";
              String file = name + "<<" + delimiter + "\n" + value + "\n" + delimiter + "\n";

              assertThatCode(() -> EnvFile.parse(file)).doesNotThrowAnyException();
              assertThat(EnvFile.parse(file)).containsExactly(new NameValue(name, value));
            });
  }
}
