package dev.rehearsal.oidc.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.GitHubValidationException;
import dev.rehearsal.core.github.WorkflowRun;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RunContextReaderProperties {
  @Test
  void anyUnknownMember_isRefusedWith422NamingIt() {
    qt().withExamples(1000)
        .forAll(unknownNames())
        .checkAssert(
            name -> {
              ObjectNode body = JsonNodeFactory.instance.objectNode();
              body.put("repository", "octo-org/octo-repo");
              body.put(name, "x");

              GitHubValidationException error =
                  catchThrowableOfType(
                      GitHubValidationException.class, () -> RunContextReader.read(body, Set.of()));

              assertThat(error.httpStatus()).isEqualTo(422);
              assertThat(error.getMessage()).contains("'" + name + "'");
            });
  }

  @Test
  void anyValueOfAnyMember_buildsARunOrIsRefusedWithAGitHubError() {
    qt().withExamples(500)
        .forAll(members(), JsonValues.any())
        .checkAssert(
            (member, value) -> {
              ObjectNode body = JsonNodeFactory.instance.objectNode();
              body.set(member, value);

              try {
                assertThat(RunContextReader.read(body, Set.of())).isInstanceOf(WorkflowRun.class);
              } catch (GitHubValidationException refused) {
                assertThat(refused.httpStatus()).isIn(400, 422);
                assertThat(refused.getMessage()).isNotBlank();
              }
            });
  }

  /** Ids from 1 to Long.MAX_VALUE: half of them up to 1,000, as jqwik favoured small ones. */
  @Test
  void identifiers_asNumbersOrStrings_giveTheSameClaim() {
    qt().withExamples(1000)
        .forAll(
            Generate.frequency(
                Pair.of(1, longs().between(1, Long.MAX_VALUE)),
                Pair.of(1, longs().between(1, 1000))))
        .checkAssert(
            id -> {
              ObjectNode number = JsonNodeFactory.instance.objectNode().put("run_id", id);
              ObjectNode text =
                  JsonNodeFactory.instance.objectNode().put("run_id", Long.toString(id));

              assertThat(RunContextReader.read(number, Set.of()).runId())
                  .isEqualTo(RunContextReader.read(text, Set.of()).runId())
                  .isEqualTo(Long.toString(id));
            });
  }

  /** Names over the whole BMP (lone surrogate halves included), 1 to 20 of them. */
  private static Gen<String> unknownNames() {
    return strings()
        .basicMultilingualPlaneAlphabet()
        .ofLengthBetween(1, 20)
        .assuming(name -> !RunContextReader.FIELDS.contains(name));
  }

  /** Sorted, so that a seed replays the same members (the set's order changes from run to run). */
  private static Gen<String> members() {
    return Generate.pick(RunContextReader.FIELDS.stream().sorted().toList());
  }
}
