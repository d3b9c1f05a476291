package dev.rehearsal.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A schema's view (values computed per lookup) is the context a builder makes of them. */
class ContextKeysProperties {
  @Property
  void view_isTheBuiltContext(
      @ForAll("names") List<String> names,
      @ForAll("values") List<List<String>> values,
      @ForAll("names") List<String> asked) {
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

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.of("aws:a", "AWS:B", "p:sub", "p:Aud", "sts:RoleSessionName", "x:y")
        .list()
        .ofMaxSize(6)
        .filter(
            list ->
                list.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count()
                    == list.size())
        .map(ArrayList::new);
  }

  @Provide
  Arbitrary<List<List<String>>> values() {
    return Arbitraries.strings().ofMaxLength(3).list().ofMaxSize(2).list().ofMaxSize(6);
  }
}
