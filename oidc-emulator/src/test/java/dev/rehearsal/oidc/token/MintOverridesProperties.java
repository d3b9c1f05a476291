package dev.rehearsal.oidc.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.GitHubValidationException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MintOverridesProperties {
  @Property(tries = 500)
  void anyValueOfAnyMember_isReadOrRefusedWith422(
      @ForAll("members") String member, @ForAll("values") JsonNode value) {
    ObjectNode overrides = JsonNodeFactory.instance.objectNode();
    overrides.set(member, value);

    try {
      assertThat(MintOverrides.read(overrides)).isNotNull();
    } catch (GitHubValidationException refused) {
      assertThat(refused.httpStatus()).isEqualTo(422);
      assertThat(refused.getMessage()).contains("overrides");
    }
  }

  @Property
  void epochSeconds_areReadAsGiven(@ForAll long iat, @ForAll long exp) {
    ObjectNode overrides = JsonNodeFactory.instance.objectNode().put("iat", iat).put("exp", exp);

    MintOverrides read = MintOverrides.read(overrides);

    assertThat(read.iat()).isEqualTo(Optional.of(iat));
    assertThat(read.exp()).isEqualTo(Optional.of(exp));
  }

  @Provide
  Arbitrary<String> members() {
    return Arbitraries.of(
        "iat", "nbf", "exp", "iss", "claims", "remove_claims", "signing_key", "unknown");
  }

  @Provide
  Arbitrary<JsonNode> values() {
    return JsonValues.any();
  }
}
