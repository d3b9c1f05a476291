package dev.rehearsal.cli.lint;

import dev.rehearsal.core.lint.Finding;
import dev.rehearsal.core.lint.LintRule;
import dev.rehearsal.core.lint.Severity;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Lint findings as JUnit XML (the Ant/Surefire schema CI dashboards read), as cfn-lint writes them:
 * one test case per rule; a rule with findings at or above {@code --fail-on} fails, listing them,
 * and findings below it are written as the case's output.
 */
final class LintJunit {
  private LintJunit() {}

  static String of(LintReport.Result result, Severity threshold) {
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "rehearse lint " + result.name());
      xml.writeAttribute("tests", Integer.toString(LintRule.values().length));
      long failures =
          java.util.Arrays.stream(LintRule.values())
              .filter(rule -> !failing(result, rule, threshold).isEmpty())
              .count();
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      for (LintRule rule : LintRule.values()) {
        testcase(xml, result, rule, threshold);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return buffer.toString();
  }

  private static void testcase(
      XMLStreamWriter xml, LintReport.Result result, LintRule rule, Severity threshold)
      throws XMLStreamException {
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", result.name());
    xml.writeAttribute("name", rule.id() + " " + rule.title());
    List<LocatedFinding> failing = failing(result, rule, threshold);
    if (!failing.isEmpty()) {
      xml.writeStartElement("failure");
      xml.writeAttribute(
          "message",
          failing.size() + " " + rule.severity().sarifLevel() + (failing.size() == 1 ? "" : "s"));
      xml.writeAttribute("type", rule.severity().sarifLevel().toUpperCase(Locale.ROOT));
      xml.writeCharacters(lines(result, failing));
      xml.writeEndElement();
    }
    List<LocatedFinding> others =
        result.findings().stream()
            .filter(f -> f.finding().rule() == rule && !failing.contains(f))
            .toList();
    if (!others.isEmpty()) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(lines(result, others));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static List<LocatedFinding> failing(
      LintReport.Result result, LintRule rule, Severity threshold) {
    return result.findings().stream()
        .filter(f -> f.finding().rule() == rule)
        .filter(f -> threshold != null && f.finding().severity().atLeast(threshold))
        .toList();
  }

  private static String lines(LintReport.Result result, List<LocatedFinding> findings) {
    StringBuilder text = new StringBuilder();
    for (LocatedFinding located : findings) {
      Finding finding = located.finding();
      text.append(result.name())
          .append(':')
          .append(located.location().map(l -> l.line() + ":" + l.column()).orElse("?"))
          .append(" [")
          .append(located.logicalId())
          .append(finding.policy().map(p -> " " + p).orElse(""))
          .append("] ")
          .append(finding.message())
          .append('\n');
    }
    return text.toString();
  }
}
