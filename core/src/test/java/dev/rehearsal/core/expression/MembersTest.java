package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Property access, indexes and object filters (docs, Operators and "Object filters"; the runner's
 * {@code Index} operator).
 */
class MembersTest {
  // docs, Object filters: "consider an array of objects named fruits".
  private static final Map<String, Object> CONTEXTS =
      Map.of(
          "fruits",
          List.of(
              Map.of("name", "apple", "quantity", 1),
              Map.of("name", "orange", "quantity", 2),
              Map.of("name", "pear", "quantity", 1)),
          "vegetables",
          // docs, Object filters: "suppose you have an object named vegetables" (trailing
          // commas as the docs write it).
          JsonFunctions.fromJson(
              "{ 'scallions': { 'colors': ['green', 'white', 'red'],"
                  + " 'ediblePortions': ['roots', 'stalks'], },"
                  + " 'beets': { 'colors': ['purple', 'red', 'gold', 'white', 'pink'],"
                  + " 'ediblePortions': ['roots', 'stems', 'leaves'], },"
                  + " 'artichokes': { 'colors': ['green', 'purple', 'red', 'black'],"
                  + " 'ediblePortions': ['hearts', 'stems', 'leaves'], }, }"),
          "github",
          Map.of("event_name", "push", "event", Map.of("number", 7)),
          "list",
          List.of("a", "b", "c"),
          "nested",
          List.of(List.of(1, 2), List.of(3), "x"));

  private static String json(String expression) {
    return Values.toJson(Evaluate.expression(expression, CONTEXTS)).replaceAll("\\s+", "");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // "The filter fruits.*.name returns the array [ "apple", "orange", "pear" ]."
        "fruits.*.name => [\"apple\",\"orange\",\"pear\"]",
        "fruits[*].name => [\"apple\",\"orange\",\"pear\"]",
        "fruits.*['quantity'] => [1,2,1]",
        "vegetables.*.ediblePortions => [[\"roots\",\"stalks\"],[\"roots\",\"stems\",\"leaves\"],[\"hearts\",\"stems\",\"leaves\"]]",
        // A filter applied to a filter's arrays collects their elements.
        "vegetables.*.ediblePortions.* => [\"roots\",\"stalks\",\"roots\",\"stems\",\"leaves\",\"hearts\",\"stems\",\"leaves\"]",
        "vegetables.*.missing => []",
        "nested.*[0] => [1,3]",
        "github.event_name.* => []",
        "missing.* => []",
        "fromJSON('[{\"b\": 1}]').b => null",
        // Property names ignore case, as the runner's dictionaries do.
        "github.EVENT_NAME => \"push\"",
        "github['Event_Name'] => \"push\"",
        "github.event.number => 7",
        "github.nothing.deeper => null",
        // An array index is a number, floored; out of range reads null.
        "list[0] => \"a\"",
        "list['1'] => \"b\"",
        "list[1.9] => \"b\"",
        "list[true] => \"b\"",
        "list[null] => \"a\"",
        "list[-1] => null",
        "list[3] => null",
        "list['x'] => null",
        "list.length => null",
        // An object index is a primitive's string form.
        "fromJSON('{\"1\": \"one\", \"true\": \"yes\"}')[1] => \"one\"",
        "fromJSON('{\"1\": \"one\", \"true\": \"yes\"}')[true] => \"yes\"",
        "github[fromJSON('[]')] => null",
        "('abc')[0] => null",
        // The runner evaluates a lone * to its text.
        "list[* == '*'] => \"b\"",
      })
  void member_followsTheRunnersIndex(String expression, String json) {
    assertThat(json(expression)).isEqualTo(json);
  }
}
