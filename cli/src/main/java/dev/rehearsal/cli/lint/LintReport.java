package dev.rehearsal.cli.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.Plural;
import dev.rehearsal.core.lint.Finding;
import dev.rehearsal.core.lint.Severity;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as text (file:line:column, like compilers), JSON (docs/schemas/lint.schema.json), SARIF
 * 2.1.0 for GitHub code scanning ({@link LintSarif}) or JUnit XML ({@link LintJunit}).
 */
final class LintReport {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  enum Format {
    text,
    json,
    sarif,
    junit
  }

  /**
   * What lint found in one input: its name as given, its path for code scanning (from the
   * repository's root when it is in one), the findings, and notes on what was not read or resolved.
   */
  record Result(String name, String uri, List<LocatedFinding> findings, List<String> notes) {
    Result {
      findings = List.copyOf(findings);
      notes = List.copyOf(notes);
    }
  }

  private LintReport() {}

  static void write(Format format, PrintWriter out, Result result, Severity threshold) {
    switch (format) {
      case text -> text(out, result);
      case json -> print(out, json(result));
      case sarif -> print(out, LintSarif.of(result));
      case junit -> out.println(LintJunit.of(result, threshold));
    }
    out.flush();
  }

  private static void text(PrintWriter out, Result result) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (LocatedFinding located : result.findings()) {
      Finding finding = located.finding();
      counts.merge(finding.severity(), 1, Integer::sum);
      out.printf(
          "%s:%s: %s %s [%s] %s%n",
          result.name(),
          located.location().map(l -> l.line() + ":" + l.column()).orElse("?"),
          finding.severity().sarifLevel(),
          finding.ruleId(),
          located.logicalId() + finding.policy().map(p -> " " + p).orElse(""),
          finding.rule().title());
      out.println("    " + finding.message());
      located.notes().forEach(note -> out.println("    (" + note + ")"));
    }
    if (!result.notes().isEmpty()) {
      out.println();
      out.println("Notes on " + result.name() + ":");
      result.notes().forEach(note -> out.println("  " + note));
    }
    out.printf(
        "%n%s in %s: %s, %s, %s (rules: docs/lint-rules.md)%n",
        Plural.of(result.findings().size(), "finding"),
        result.name(),
        Plural.of(counts.getOrDefault(Severity.ERROR, 0), "error"),
        Plural.of(counts.getOrDefault(Severity.WARNING, 0), "warning"),
        Plural.of(counts.getOrDefault(Severity.NOTE, 0), "note"));
  }

  private static ObjectNode json(Result result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("input", result.name());
    ArrayNode list = root.putArray("findings");
    for (LocatedFinding located : result.findings()) {
      Finding finding = located.finding();
      ObjectNode node = list.addObject();
      node.put("rule", finding.ruleId());
      node.put("severity", finding.severity().sarifLevel());
      node.put("title", finding.rule().title());
      node.put("message", finding.message());
      node.put("resource", located.logicalId());
      finding.policy().ifPresent(p -> node.put("policy", p));
      node.put("pointer", finding.pointer());
      located.location().ifPresent(l -> node.put("line", l.line()).put("column", l.column()));
      located.notes().forEach(node.withArray("notes")::add);
    }
    ArrayNode notes = root.putArray("notes");
    result.notes().forEach(notes::add);
    return root;
  }

  static void print(PrintWriter out, ObjectNode node) {
    try {
      out.println(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
