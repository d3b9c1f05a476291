package dev.rehearsal.core.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.policy.Condition;
import java.util.Optional;

/**
 * JSON pointers (RFC 6901) into a policy as written. The model holds a single {@code Statement}
 * object or a single value as a list of one; with the source tree at hand the pointer follows what
 * was written, without it the list form is assumed.
 */
final class Pointers {
  private final Optional<JsonNode> source;

  Pointers(Optional<JsonNode> source) {
    this.source = source;
  }

  String statement(int index) {
    boolean list = source.map(tree -> tree.path("Statement").isArray()).orElse(true);
    return list ? "/Statement/" + index : "/Statement";
  }

  String element(int statement, String name) {
    return statement(statement) + "/" + escape(name);
  }

  /** The element's {@code value}-th entry, or the element itself when it holds a single value. */
  String elementValue(int statement, String name, int value) {
    String element = element(statement, name);
    return isList(element) ? element + "/" + value : element;
  }

  String condition(int statement, Condition condition) {
    return element(statement, "Condition")
        + "/"
        + escape(condition.operator().text())
        + "/"
        + escape(condition.key());
  }

  String conditionValue(int statement, Condition condition, int value) {
    String key = condition(statement, condition);
    return isList(key) ? key + "/" + value : key;
  }

  private boolean isList(String pointer) {
    return source.map(tree -> tree.at(pointer).isArray()).orElse(true);
  }

  /** RFC 6901: "~" is written "~0" and "/" is written "~1". */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
