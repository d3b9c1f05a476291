package dev.rehearsal.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class PolicyRoundTripProperties {
  @Test
  void parse_ofWrite_givesTheSameDocument() {
    qt().withExamples(1000)
        .forAll(PolicyArbitraries.documents(1000))
        .checkAssert(
            document ->
                assertThat(PolicyParser.parse(PolicyWriter.write(document))).isEqualTo(document));
  }

  @Test
  void write_ofParseOfWrite_givesTheSameText() {
    qt().withExamples(1000)
        .forAll(PolicyArbitraries.documents(1000))
        .checkAssert(
            document -> {
              String written = PolicyWriter.write(document);

              assertThat(PolicyWriter.write(PolicyParser.parse(written))).isEqualTo(written);
            });
  }

  @Test
  void parse_ofTree_equalsParseOfText() {
    qt().withExamples(1000)
        .forAll(PolicyArbitraries.documents(1000))
        .checkAssert(
            document ->
                assertThat(PolicyParser.parse(PolicyWriter.toJson(document)))
                    .isEqualTo(PolicyParser.parse(PolicyWriter.write(document))));
  }
}
