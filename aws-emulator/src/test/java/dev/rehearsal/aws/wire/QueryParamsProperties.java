package dev.rehearsal.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The query protocol's form encoding (botocore {@code QuerySerializer}) read back strictly. */
class QueryParamsProperties {
  @Property
  void parse_readsBackAnyEncodedValue(
      @ForAll @StringLength(min = 1, max = 30) String name, @ForAll String value) {
    String encoded = encode(name) + "=" + encode(value) + "&Action=GetRole";

    QueryParams params = QueryParams.parse(encoded);

    assertThat(params.get("Action")).contains("GetRole");
    if (!name.equals("Action")) {
      assertThat(params.get(name)).contains(value);
    }
  }

  @Property
  void list_returnsMembersInIndexOrder_whateverTheirOrderOnTheWire(
      @ForAll @Size(max = 12) List<@StringLength(max = 10) String> values) {
    StringBuilder encoded = new StringBuilder("Action=X");
    for (int i = values.size(); i >= 1; i--) {
      encoded
          .append("&ClientIDList.member.")
          .append(i)
          .append('=')
          .append(encode(values.get(i - 1)));
    }

    assertThat(QueryParams.parse(encoded.toString()).list("ClientIDList")).isEqualTo(values);
  }

  @Example
  void structures_groupsFieldsByMemberIndex() {
    QueryParams params =
        QueryParams.parse(
            "Tags.member.2.Key=b&Tags.member.1.Key=a&Tags.member.1.Value=1&Tags.member.2.Value=2");

    assertThat(params.structures("Tags"))
        .containsExactly(Map.of("Key", "a", "Value", "1"), Map.of("Key", "b", "Value", "2"));
  }

  @Example
  void parse_whenPercentEscapeIsMalformed_isMalformedQueryString() {
    assertThatThrownBy(() -> QueryParams.parse("Action=%G1"))
        .isInstanceOfSatisfying(
            RehearsalException.class,
            e -> assertThat(e.errorCode()).isEqualTo(AwsErrorCode.MALFORMED_QUERY_STRING));
  }

  @Example
  void integer_whenNotANumber_isValidationErrorNamingTheMember() {
    assertThatThrownBy(() -> QueryParams.parse("DurationSeconds=soon").integer("DurationSeconds"))
        .hasMessage(
            "1 validation error detected: Value 'soon' at 'durationSeconds' failed to satisfy"
                + " constraint: Member must be a number");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
