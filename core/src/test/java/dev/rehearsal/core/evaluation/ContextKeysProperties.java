package dev.rehearsal.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A schema's view (values computed per lookup) is the context a builder makes of them. */
class ContextKeysProperties {
  @Test
  void view_isTheBuiltContext() {
    qt().withExamples(1000)
        .forAll(names(), values(), names())
        .checkAssert((names, values, asked) -> viewIsTheBuiltContext(names, values, asked));
  }

  private static void viewIsTheBuiltContext(
      List<String> names, List<List<String>> values, List<String> asked) {
    List<ContextKeys.Name> keyNames = names.stream().map(ContextKeys.Name::of).toList();
    IntFunctionOf valuesAt = new IntFunctionOf(values);
    ContextKeys.Builder builder = ContextKeys.builder();
    for (int i = 0; i < names.size(); i++) {
      if (valuesAt.apply(i) != null) {
        builder.put(names.get(i), valuesAt.apply(i));
      }
    }
    ContextKeys built = builder.build();

    ContextKeys view = ContextKeys.Schema.of(keyNames).view(valuesAt::apply);
    for (String key : asked) {
      assertThat(view.values(key)).isEqualTo(built.values(key));
      assertThat(view.valuesOfLowerCaseKey(key.toLowerCase(Locale.ROOT)))
          .isEqualTo(built.valuesOfLowerCaseKey(key.toLowerCase(Locale.ROOT)));
    }
    assertThat(ContextKeys.Schema.of(keyNames).view(valuesAt::apply)).isEqualTo(built);
    assertThat(view.keys()).isEqualTo(built.keys());
    assertThat(view.toString()).isEqualTo(built.toString());
    assertThat(view.hashCode()).isEqualTo(built.hashCode());
  }

  /** Key i's values: the i-th list, absent (null) for an empty one. */
  private record IntFunctionOf(List<List<String>> values) {
    List<String> apply(int i) {
      return i < values.size() && !values.get(i).isEmpty() ? values.get(i) : null;
    }
  }

  private static Gen<List<String>> names() {
    return Gens.filter(
            Gens.lists(
                Gens.of("aws:a", "AWS:B", "p:sub", "p:Aud", "sts:RoleSessionName", "x:y"),
                0,
                6,
                1000),
            list ->
                list.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count()
                    == list.size())
        .map(ArrayList::new);
  }

  private static Gen<List<List<String>>> values() {
    return Gens.lists(Gens.lists(Gens.strings(Gens.anyChar(), 0, 3, 1000), 0, 2, 1000), 0, 6, 1000);
  }
}
