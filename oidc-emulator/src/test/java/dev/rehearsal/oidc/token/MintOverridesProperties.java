package dev.rehearsal.oidc.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.GitHubValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class MintOverridesProperties {
  @Test
  void anyValueOfAnyMember_isReadOrRefusedWith422() {
    qt().withExamples(500)
        .forAll(
            Generate.pick(
                List.of(
                    "iat",
                    "nbf",
                    "exp",
                    "iss",
                    "claims",
                    "remove_claims",
                    "signing_key",
                    "unknown")),
            JsonValues.any())
        .checkAssert(
            (member, value) -> {
              ObjectNode overrides = JsonNodeFactory.instance.objectNode();
              overrides.set(member, value);

              try {
                assertThat(MintOverrides.read(overrides)).isNotNull();
              } catch (GitHubValidationException refused) {
                assertThat(refused.httpStatus()).isEqualTo(422);
                assertThat(refused.getMessage()).contains("overrides");
              }
            });
  }

  @Test
  void epochSeconds_areReadAsGiven() {
    qt().withExamples(1000)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (iat, exp) -> {
              ObjectNode overrides =
                  JsonNodeFactory.instance.objectNode().put("iat", iat).put("exp", exp);

              MintOverrides read = MintOverrides.read(overrides);

              assertThat(read.iat()).isEqualTo(Optional.of(iat));
              assertThat(read.exp()).isEqualTo(Optional.of(exp));
            });
  }
}
