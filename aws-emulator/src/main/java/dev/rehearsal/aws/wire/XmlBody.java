package dev.rehearsal.aws.wire;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of one XML structure of a query-protocol response, in the order the botocore model
 * lists them: text, nested structures and lists (written as {@code <member>} elements, the query
 * protocol's list form). Absent (null) values are left out, as AWS leaves out unset members.
 */
public final class XmlBody {
  private final Map<String, Object> members = new LinkedHashMap<>();

  public XmlBody text(String name, String value) {
    if (value != null) {
      members.put(name, value);
    }
    return this;
  }

  public XmlBody number(String name, long value) {
    return text(name, Long.toString(value));
  }

  public XmlBody bool(String name, boolean value) {
    return text(name, Boolean.toString(value));
  }

  /** An ISO 8601 timestamp in UTC, the query protocol's form (e.g. 2026-11-25T22:40:00Z). */
  public XmlBody time(String name, Instant value) {
    return value == null ? this : text(name, value.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  public XmlBody child(String name, XmlBody value) {
    if (value != null) {
      members.put(name, value);
    }
    return this;
  }

  /** A list of strings or of {@link XmlBody} structures. */
  public XmlBody list(String name, List<?> values) {
    members.put(name, new ArrayList<>(values));
    return this;
  }

  Map<String, Object> members() {
    return Collections.unmodifiableMap(members);
  }
}
