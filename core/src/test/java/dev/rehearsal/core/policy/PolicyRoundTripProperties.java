package dev.rehearsal.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PolicyRoundTripProperties {
  @Provide
  Arbitrary<PolicyDocument> documents() {
    return PolicyArbitraries.documents();
  }

  @Property
  void parse_ofWrite_givesTheSameDocument(@ForAll("documents") PolicyDocument document) {
    assertThat(PolicyParser.parse(PolicyWriter.write(document))).isEqualTo(document);
  }

  @Property
  void write_ofParseOfWrite_givesTheSameText(@ForAll("documents") PolicyDocument document) {
    String written = PolicyWriter.write(document);

    assertThat(PolicyWriter.write(PolicyParser.parse(written))).isEqualTo(written);
  }

  @Property
  void parse_ofTree_equalsParseOfText(@ForAll("documents") PolicyDocument document) {
    assertThat(PolicyParser.parse(PolicyWriter.toJson(document)))
        .isEqualTo(PolicyParser.parse(PolicyWriter.write(document)));
  }
}
