package dev.rehearsal.oidc.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.GitHubValidationException;
import dev.rehearsal.core.github.WorkflowRun;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class RunContextReaderProperties {
  @Property
  void anyUnknownMember_isRefusedWith422NamingIt(@ForAll("unknownNames") String name) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("repository", "octo-org/octo-repo");
    body.put(name, "x");

    GitHubValidationException error =
        catchThrowableOfType(
            GitHubValidationException.class, () -> RunContextReader.read(body, Set.of()));

    assertThat(error.httpStatus()).isEqualTo(422);
    assertThat(error.getMessage()).contains("'" + name + "'");
  }

  @Property(tries = 500)
  void anyValueOfAnyMember_buildsARunOrIsRefusedWithAGitHubError(
      @ForAll("members") String member, @ForAll("values") JsonNode value) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set(member, value);

    try {
      assertThat(RunContextReader.read(body, Set.of())).isInstanceOf(WorkflowRun.class);
    } catch (GitHubValidationException refused) {
      assertThat(refused.httpStatus()).isIn(400, 422);
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @Property
  void identifiers_asNumbersOrStrings_giveTheSameClaim(
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long id) {
    ObjectNode number = JsonNodeFactory.instance.objectNode().put("run_id", id);
    ObjectNode text = JsonNodeFactory.instance.objectNode().put("run_id", Long.toString(id));

    assertThat(RunContextReader.read(number, Set.of()).runId())
        .isEqualTo(RunContextReader.read(text, Set.of()).runId())
        .isEqualTo(Long.toString(id));
  }

  @Provide
  Arbitrary<String> unknownNames() {
    return Arbitraries.strings()
        .ofMinLength(1)
        .ofMaxLength(20)
        .filter(name -> !RunContextReader.FIELDS.contains(name));
  }

  @Provide
  Arbitrary<String> members() {
    return Arbitraries.of(RunContextReader.FIELDS);
  }

  @Provide
  Arbitrary<JsonNode> values() {
    return JsonValues.any();
  }
}
