package dev.rehearsal.cli.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void diff_whenOneLineChanges_marksItRemovedThenAddedAndKeepsTheRest() {
    List<String> diff =
        LineDiff.diff(
            List.of("{", "  \"sub\" : \"repo:acme/*\"", "}"),
            List.of("{", "  \"sub\" : \"repo:acme/app:*\"", "}"));

    assertThat(diff)
        .containsExactly(
            "  {", "-   \"sub\" : \"repo:acme/*\"", "+   \"sub\" : \"repo:acme/app:*\"", "  }");
  }

  @Test
  void diff_whenAValueIsAddedOrRemoved_marksEveryLine() {
    assertThat(LineDiff.diff(List.of(), List.of("a", "b"))).containsExactly("+ a", "+ b");
    assertThat(LineDiff.diff(List.of("a"), List.of())).containsExactly("- a");
  }

  @Test
  void diff_whenLinesAreInserted_keepsTheCommonOnesInOrder() {
    assertThat(LineDiff.diff(List.of("a", "c"), List.of("a", "b", "c")))
        .containsExactly("  a", "+ b", "  c");
  }
}
