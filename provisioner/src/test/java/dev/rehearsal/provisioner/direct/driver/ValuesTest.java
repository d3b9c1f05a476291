package dev.rehearsal.provisioner.direct.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} -> {1}: untag [{2}], tag [{3}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "a=1     | a=1     | ''  | ''",
        "a=1     | a=2     | ''  | a=2",
        "a=1,b=2 | b=2     | a   | ''",
        "''      | a=1,b=2 | ''  | a=1,b=2",
        "a=1     | ''      | a   | ''",
      })
  void updateTags_callsOnlyWhatChanges(String before, String after, String untag, String tag)
      throws Exception {
    List<String> untagged = new ArrayList<>();
    Map<String, String> tagged = new LinkedHashMap<>();

    Values.updateTags(tags(before), tags(after), untagged::addAll, tagged::putAll);

    assertThat(String.join(",", untagged)).isEqualTo(untag);
    assertThat(tagged).isEqualTo(map(tag));
  }

  @ParameterizedTest(name = "{0} -> {1}: add [{2}], remove [{3}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "a,b | a,b   | ''  | ''",
        "a   | a,b   | b   | ''",
        "a,b | b     | ''  | a",
        "''  | a     | a   | ''",
        "a   | b     | b   | a",
      })
  void updateList_addsTheNewAndRemovesTheGone(
      String before, String after, String add, String remove) throws Exception {
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();

    Values.updateList(list(before), list(after), "ClientIdList", added::add, removed::add);

    assertThat(String.join(",", added)).isEqualTo(add);
    assertThat(String.join(",", removed)).isEqualTo(remove);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"P\":{\"Version\":\"2012-10-17\"}} | {\"Version\":\"2012-10-17\"}",
        "{\"P\":\"{ \\\"Version\\\": 1 }\"}    | { \"Version\": 1 }",
      })
  void document_sendsAnObjectAsJsonAndAStringAsWritten(String properties, String sent)
      throws Exception {
    assertThat(Values.document(JSON.readTree(properties), "P")).contains(sent);
  }

  private static JsonNode tags(String pairs) throws Exception {
    StringBuilder json = new StringBuilder("{\"Tags\":[");
    String separator = "";
    for (Map.Entry<String, String> tag : map(pairs).entrySet()) {
      json.append(separator)
          .append("{\"Key\":\"")
          .append(tag.getKey())
          .append("\",\"Value\":\"")
          .append(tag.getValue())
          .append("\"}");
      separator = ",";
    }
    return JSON.readTree(json.append("]}").toString());
  }

  private static JsonNode list(String values) throws Exception {
    List<String> items = values.isEmpty() ? List.of() : List.of(values.split(","));
    return JSON.valueToTree(Map.of("ClientIdList", items));
  }

  private static Map<String, String> map(String pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    if (!pairs.isEmpty()) {
      for (String pair : pairs.split(",")) {
        String[] parts = pair.split("=");
        map.put(parts[0], parts[1]);
      }
    }
    return map;
  }
}
