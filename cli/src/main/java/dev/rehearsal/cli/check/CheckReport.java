package dev.rehearsal.cli.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.Plural;
import dev.rehearsal.core.federation.WebIdentityCheck;
import dev.rehearsal.core.scenario.ScenarioResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The results of {@code rehearse check}: a table for people, JSON for tools, JUnit XML for CI. */
final class CheckReport {
  /** Made for the JSON report only: the first ObjectMapper costs tens of milliseconds. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  enum Format {
    text,
    json,
    junit
  }

  private CheckReport() {}

  static void write(
      Format format, PrintWriter out, String template, List<ScenarioResult> results, long micros) {
    switch (format) {
      case text -> text(out, template, results, micros);
      case json -> json(out, template, results);
      case junit -> junit(out, template, results, micros);
    }
    out.flush();
  }

  private static void text(
      PrintWriter out, String template, List<ScenarioResult> results, long micros) {
    Lines lines = lines(results);
    out.write(lines.text());
    summary(out, template, results.size(), lines.failed(), micros);
  }

  /** Some results' lines of the text report, and how many of them failed. */
  record Lines(String text, long failed) {}

  static Lines lines(List<ScenarioResult> results) {
    StringBuilder text = new StringBuilder(results.size() * 96);
    long failed = 0;
    for (ScenarioResult result : results) {
      failed += line(text, result) ? 0 : 1;
    }
    return new Lines(text.toString(), failed);
  }

  /**
   * A scenario's line of the text report (and, when it failed, why), as {@code printf("%s %-50s
   * assume %-5s%s%n", ...)} would write it: appended, so that a large report is written in a few
   * large writes rather than one formatted and flushed line per scenario.
   *
   * @return whether the scenario passed
   */
  static boolean line(StringBuilder text, ScenarioResult result) {
    String newline = System.lineSeparator();
    boolean passed = result.passed();
    text.append(passed ? "PASS" : "FAIL").append("  ");
    padded(text, result.scenario().name(), 50).append("  assume ");
    padded(text, result.assume().word(), 5);
    // No capturing lambda per scenario (made through a method handle under C1).
    if (result.errorCode().isPresent()) {
      text.append("  (").append(result.errorCode().get()).append(')');
    }
    text.append(newline);
    if (!passed) {
      text.append("      line ").append(result.scenario().line()).append(" of the scenario file");
      text.append(newline);
      result.mismatches().forEach(line -> text.append("      ").append(line).append(newline));
      why(result).lines().forEach(line -> text.append("      | ").append(line).append(newline));
    }
    return passed;
  }

  /** {@code %-Ns}: the value, then spaces up to {@code width} characters. */
  private static StringBuilder padded(StringBuilder text, String value, int width) {
    text.append(value);
    if (value.length() < width) {
      text.append(SPACES[width - value.length()]);
    }
    return text;
  }

  /** {@code SPACES[n]} is n spaces, for the widest column (50). */
  private static final String[] SPACES = new String[51];

  static {
    for (int n = 0; n < SPACES.length; n++) {
      SPACES[n] = " ".repeat(n);
    }
  }

  static void summary(PrintWriter out, String template, int total, long failed, long micros) {
    out.printf(
        "%n%s against %s: %d passed, %d failed (%.1f ms)%n",
        Plural.of(total, "scenario"), template, total - failed, failed, micros / 1000.0);
  }

  /** The failed STS step, or the trust-policy trace: the reason a reader needs. */
  private static String why(ScenarioResult result) {
    StringBuilder why = new StringBuilder();
    for (WebIdentityCheck check : result.decision().checks()) {
      if (!check.passed()) {
        why.append("STS: ").append(check.step().description()).append(": failed\n");
        why.append(check.detail()).append('\n');
      }
    }
    if (why.isEmpty()) {
      result.decision().trust().ifPresent(trust -> why.append(trust.explain()));
    }
    return why.toString();
  }

  private static void json(PrintWriter out, String template, List<ScenarioResult> results) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("template", template);
    root.put("passed", results.stream().allMatch(ScenarioResult::passed));
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioResult result : results) {
      ObjectNode node = list.addObject();
      node.put("name", result.scenario().name());
      node.put("line", result.scenario().line());
      node.put("passed", result.passed());
      node.put("assume", result.assume().word());
      node.put("expectedAssume", result.scenario().expectedAssume().word());
      result.errorCode().ifPresent(code -> node.put("errorCode", code));
      if (!result.message().isEmpty()) {
        node.put("message", result.message());
      }
      ArrayNode steps = node.putArray("steps");
      for (WebIdentityCheck check : result.decision().checks()) {
        steps
            .addObject()
            .put("step", check.step().name())
            .put("passed", check.passed())
            .put("detail", check.detail());
      }
      ArrayNode ecr = node.putArray("ecr");
      for (ScenarioResult.EcrResult action : result.ecr()) {
        ecr.addObject()
            .put("action", action.expectation().action())
            .put("resource", action.resource())
            .put("expected", action.expectation().expected().word())
            .put("actual", action.actual().word())
            .put("passed", action.passed());
      }
      node.putPOJO("mismatches", result.mismatches());
    }
    try {
      out.println(Json.MAPPER.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** JUnit XML as CI systems read it (the Ant/Surefire schema): one testcase per scenario. */
  private static void junit(
      PrintWriter out, String template, List<ScenarioResult> results, long micros) {
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "rehearse check " + template);
      xml.writeAttribute("tests", Integer.toString(results.size()));
      xml.writeAttribute(
          "failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("time", String.format(java.util.Locale.ROOT, "%.3f", micros / 1e6));
      for (ScenarioResult result : results) {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", template);
        xml.writeAttribute("name", result.scenario().name());
        if (!result.passed()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", String.join("; ", result.mismatches()));
          xml.writeCharacters(why(result));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.println(buffer);
  }
}
