package dev.rehearsal.cli.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.Plural;
import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.lint.Finding;
import dev.rehearsal.core.lint.LintRule;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Findings as text (file:line:column, like compilers), JSON, or SARIF 2.1.0 for code scanning. */
final class LintReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String RULES_DOC =
      "https://github.com/oidc-rehearsal/oidc-rehearsal/blob/main/docs/lint-rules.md#";

  enum Format {
    text,
    json,
    sarif
  }

  private LintReport() {}

  static void write(Format format, PrintWriter out, String file, List<LocatedFinding> findings) {
    switch (format) {
      case text -> text(out, file, findings);
      case json -> print(out, json(file, findings));
      case sarif -> print(out, sarif(file, findings));
    }
    out.flush();
  }

  private static void text(PrintWriter out, String file, List<LocatedFinding> findings) {
    Map<dev.rehearsal.core.lint.Severity, Integer> counts =
        new EnumMap<>(dev.rehearsal.core.lint.Severity.class);
    for (LocatedFinding located : findings) {
      Finding finding = located.finding();
      counts.merge(finding.severity(), 1, Integer::sum);
      out.printf(
          "%s:%s: %s %s [%s] %s%n",
          file,
          located.location().map(l -> l.line() + ":" + l.column()).orElse("?"),
          finding.severity().sarifLevel(),
          finding.ruleId(),
          located.logicalId() + finding.policy().map(p -> " " + p).orElse(""),
          finding.rule().title());
      out.println("    " + finding.message());
    }
    out.printf(
        "%n%s in %s: %s, %s, %s (rules: docs/lint-rules.md)%n",
        Plural.of(findings.size(), "finding"),
        file,
        Plural.of(counts.getOrDefault(dev.rehearsal.core.lint.Severity.ERROR, 0), "error"),
        Plural.of(counts.getOrDefault(dev.rehearsal.core.lint.Severity.WARNING, 0), "warning"),
        Plural.of(counts.getOrDefault(dev.rehearsal.core.lint.Severity.NOTE, 0), "note"));
  }

  private static ObjectNode json(String file, List<LocatedFinding> findings) {
    ObjectNode root = JSON.createObjectNode();
    root.put("template", file);
    ArrayNode list = root.putArray("findings");
    for (LocatedFinding located : findings) {
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
    }
    return root;
  }

  /** SARIF 2.1.0 (OASIS): one run, the rules as reportingDescriptors, a result per finding. */
  private static ObjectNode sarif(String file, List<LocatedFinding> findings) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SARIF_SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "rehearse lint");
    driver.put("informationUri", RULES_DOC.substring(0, RULES_DOC.length() - 1));
    ArrayNode rules = driver.putArray("rules");
    for (LintRule rule : LintRule.values()) {
      ObjectNode descriptor = rules.addObject();
      descriptor.put("id", rule.id());
      descriptor.putObject("shortDescription").put("text", rule.title());
      descriptor
          .putObject("fullDescription")
          .put("text", rule.title() + " (" + rule.source() + ")");
      descriptor.put("helpUri", RULES_DOC + rule.id().toLowerCase(java.util.Locale.ROOT));
      descriptor.putObject("defaultConfiguration").put("level", rule.severity().sarifLevel());
    }
    ArrayNode results = run.putArray("results");
    for (LocatedFinding located : findings) {
      Finding finding = located.finding();
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.ruleId());
      result.put("ruleIndex", finding.rule().ordinal());
      result.put("level", finding.severity().sarifLevel());
      result.putObject("message").put("text", finding.message());
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", file);
      Location location = located.location().orElse(new Location(1, 1));
      physical
          .putObject("region")
          .put("startLine", location.line())
          .put("startColumn", location.column());
      result
          .putObject("properties")
          .put("resource", located.logicalId())
          .put("pointer", finding.pointer());
    }
    return root;
  }

  private static void print(PrintWriter out, ObjectNode node) {
    try {
      out.println(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
