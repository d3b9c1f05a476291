package dev.rehearsal.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The query protocol's form encoding (botocore {@code QuerySerializer}) read back strictly. */
class QueryParamsProperties {
  @Test
  void parse_readsBackAnyEncodedValue() {
    qt().withExamples(1000)
        .forAll(text(1, 30), text(0, 255))
        .checkAssert(
            (name, value) -> {
              String encoded = encode(name) + "=" + encode(value) + "&Action=GetRole";

              QueryParams params = QueryParams.parse(encoded);

              assertThat(params.get("Action")).contains("GetRole");
              if (!name.equals("Action")) {
                assertThat(params.get(name)).contains(value);
              }
            });
  }

  @Test
  void list_returnsMembersInIndexOrder_whateverTheirOrderOnTheWire() {
    qt().withExamples(1000)
        .forAll(lists().of(text(0, 10)).ofSizeBetween(0, 12))
        .checkAssert(
            values -> {
              StringBuilder encoded = new StringBuilder("Action=X");
              for (int i = values.size(); i >= 1; i--) {
                encoded
                    .append("&ClientIDList.member.")
                    .append(i)
                    .append('=')
                    .append(encode(values.get(i - 1)));
              }

              assertThat(QueryParams.parse(encoded.toString()).list("ClientIDList"))
                  .isEqualTo(values);
            });
  }

  /**
   * Text of BMP characters without surrogate halves (a lone half is no text: URLEncoder writes it
   * as '?'), each as likely.
   */
  private static Gen<String> text(int minLength, int maxLength) {
    Gen<Character> character =
        integers()
            .between(0, 0xFFFD - 0x800)
            .map(c -> (char) (c >= 0xD800 ? c + 0x800 : c.intValue()));
    return lists()
        .of(character)
        .ofSizeBetween(minLength, maxLength)
        .map(
            chars -> {
              StringBuilder text = new StringBuilder(chars.size());
              chars.forEach(text::append);
              return text.toString();
            });
  }

  @Test
  void structures_groupsFieldsByMemberIndex() {
    QueryParams params =
        QueryParams.parse(
            "Tags.member.2.Key=b&Tags.member.1.Key=a&Tags.member.1.Value=1&Tags.member.2.Value=2");

    assertThat(params.structures("Tags"))
        .containsExactly(Map.of("Key", "a", "Value", "1"), Map.of("Key", "b", "Value", "2"));
  }

  @Test
  void parse_whenPercentEscapeIsMalformed_isMalformedQueryString() {
    assertThatThrownBy(() -> QueryParams.parse("Action=%G1"))
        .isInstanceOfSatisfying(
            RehearsalException.class,
            e -> assertThat(e.errorCode()).isEqualTo(AwsErrorCode.MALFORMED_QUERY_STRING));
  }

  @Test
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
