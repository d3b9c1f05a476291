package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void of_convertsJavaData() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("s", "x");
    data.put("n", 1);
    data.put("d", new BigDecimal("1.5"));
    data.put("b", true);
    data.put("z", null);
    data.put("l", List.of('c', 2L));
    data.put("a", new Object[] {"y"});

    ObjectValue value = (ObjectValue) Values.of(data);

    assertThat(value.keys()).containsExactly("s", "n", "d", "b", "z", "l", "a");
    assertThat(value.get("n")).contains(Value.of(1));
    assertThat(value.get("d")).contains(Value.of(1.5));
    assertThat(value.get("z")).contains(Value.NULL);
    assertThat(value.get("l")).contains(ArrayValue.of(Value.of("c"), Value.of(2)));
    assertThat(value.get("a")).contains(ArrayValue.of(Value.of("y")));
  }

  @Test
  void of_anUnknownType_isRefused() {
    assertThatThrownBy(() -> Values.of(new Object())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromJson_convertsATree() throws Exception {
    Value value = Values.of(new ObjectMapper().readTree("{\"a\": [1, \"b\", null, false]}"));

    assertThat(Values.toJava(value))
        .isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, "b", null, false)));
  }

  @Test
  void object_looksUpKeysWithoutRegardToCase() {
    ObjectValue object =
        ObjectValue.builder()
            .put("Event_Name", Value.of("push"))
            .put("EVENT_NAME", Value.of("pull_request"))
            .build();

    assertThat(object.keys()).containsExactly("Event_Name");
    assertThat(object.get("event_name")).contains(Value.of("pull_request"));
    assertThat(object.asMap()).containsExactly(Map.entry("Event_Name", Value.of("pull_request")));
  }

  @Test
  void contexts_lookUpNamesWithoutRegardToCase() {
    Contexts contexts = Contexts.of(Map.of("github", Value.of("x")));

    assertThat(contexts.get("GitHub")).contains(Value.of("x"));
    assertThat(ExpressionEvaluator.evaluate("GITHUB", Scope.permissive(), contexts))
        .isEqualTo(Value.of("x"));
    assertThat(ExpressionEvaluator.evaluate("missing", Scope.permissive(), contexts))
        .isEqualTo(Value.NULL);
  }

  @Test
  void toJson_printsAsToJSONDoes() {
    assertThat(Values.toJson(Values.of(Map.of("a", List.of(1)))))
        .isEqualTo("{\n  \"a\": [\n    1\n  ]\n}");
  }
}
