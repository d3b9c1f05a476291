package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.CONDITION_ELEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextKeysTest {
  @Test
  void values_whenKeyDiffersInCase_findsIt() {
    ContextKeys keys = ContextKeys.builder().put("aws:SourceIp", "203.0.113.1").build();

    assertThat(keys.values("AWS:SOURCEIP")).as(CONDITION_ELEMENT).contains(List.of("203.0.113.1"));
    assertThat(keys.values("aws:sourceip")).contains(List.of("203.0.113.1"));
    assertThat(keys.values("aws:username")).isEmpty();
  }

  @Test
  void of_whenTwoKeysDifferOnlyInCase_rejectsThem() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("aws:username", List.of("a"));
    values.put("AWS:UserName", List.of("b"));

    assertThatThrownBy(() -> ContextKeys.of(values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AWS:UserName");
  }

  @Test
  void put_whenKeyGivenAgain_replacesValuesAndKeepsTheLatestName() {
    ContextKeys keys = ContextKeys.builder().put("k", "1").put("K", "2", "3").build();

    assertThat(keys.values("k")).contains(List.of("2", "3"));
    assertThat(keys.keys()).containsExactly("K");
  }

  @Test
  void build_whenTheBuilderIsUsedAgain_leavesTheBuiltKeysAsTheyWere() {
    ContextKeys.Builder builder = ContextKeys.builder().put("a", "1");
    ContextKeys first = builder.build();

    ContextKeys second = builder.put("A", "2").put("b", "3").build();

    assertThat(first.values("a")).contains(List.of("1"));
    assertThat(first.keys()).containsExactly("a");
    assertThat(second.values("a")).contains(List.of("2"));
    assertThat(second.keys()).containsExactly("A", "b");
  }
}
