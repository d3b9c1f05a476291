package dev.rehearsal.cli.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.lint.Finding;
import dev.rehearsal.core.lint.LintRule;
import dev.rehearsal.core.lint.Severity;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SARIF 2.1.0 (OASIS) as GitHub code scanning takes it ("SARIF support for code scanning"): the
 * rules as {@code reportingDescriptor}s with short and full descriptions, a {@code helpUri} into
 * docs/lint-rules.md, a {@code security-severity} and the {@code security} tag; each result with a
 * location relative to the repository's root and {@code partialFingerprints} made of what
 * identifies the finding (rule, resource, policy, element), not of its line, so that an alert
 * follows its finding when the lines above it change.
 */
final class LintSarif {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String RULES_DOC =
      "https://github.com/oidc-rehearsal/oidc-rehearsal/blob/main/docs/lint-rules.md";
  static final String FINGERPRINT = "rehearseFinding/v1";

  private LintSarif() {}

  static ObjectNode of(LintReport.Result result) {
    ObjectNode root = LintReport.JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "rehearse lint");
    String version = LintSarif.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.put("semanticVersion", version);
    }
    driver.put("informationUri", RULES_DOC);
    ArrayNode rules = driver.putArray("rules");
    for (LintRule rule : LintRule.values()) {
      rules.add(rule(rule));
    }
    ArrayNode results = run.putArray("results");
    for (LocatedFinding located : result.findings()) {
      results.add(result(result.uri(), located));
    }
    if (!result.notes().isEmpty()) {
      ArrayNode notes =
          run.putArray("invocations")
              .addObject()
              .put("executionSuccessful", true)
              .putArray("toolExecutionNotifications");
      result
          .notes()
          .forEach(
              note ->
                  notes.addObject().put("level", "note").putObject("message").put("text", note));
    }
    return root;
  }

  private static ObjectNode rule(LintRule rule) {
    ObjectNode descriptor = LintReport.JSON.createObjectNode();
    descriptor.put("id", rule.id());
    descriptor.put("name", rule.name());
    descriptor.putObject("shortDescription").put("text", rule.title());
    descriptor.putObject("fullDescription").put("text", rule.title() + " (" + rule.source() + ")");
    descriptor.put("helpUri", RULES_DOC + "#" + rule.id().toLowerCase(Locale.ROOT));
    descriptor
        .putObject("help")
        .put(
            "text", rule.title() + ". See " + RULES_DOC + "#" + rule.id().toLowerCase(Locale.ROOT));
    descriptor.putObject("defaultConfiguration").put("level", rule.severity().sarifLevel());
    ObjectNode properties = descriptor.putObject("properties");
    properties.putArray("tags").add("security").add("iam").add("github-oidc");
    properties.put("precision", "high");
    // GitHub reads security-severity as a CVSS-like score: over 7.0 high, 4.0 to 6.9 medium.
    properties.put("security-severity", securitySeverity(rule.severity()));
    return descriptor;
  }

  private static String securitySeverity(Severity severity) {
    return switch (severity) {
      case ERROR -> "8.0";
      case WARNING -> "5.0";
      case NOTE -> "2.0";
    };
  }

  private static ObjectNode result(String uri, LocatedFinding located) {
    Finding finding = located.finding();
    ObjectNode result = LintReport.JSON.createObjectNode();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", finding.rule().ordinal());
    result.put("level", finding.severity().sarifLevel());
    String message = finding.message();
    if (!located.notes().isEmpty()) {
      message += " (" + String.join("; ", located.notes()) + ")";
    }
    result.putObject("message").put("text", message);
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri).put("uriBaseId", "%SRCROOT%");
    Location at = located.location().orElse(new Location(1, 1));
    physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
    location
        .putArray("logicalLocations")
        .addObject()
        .put(
            "fullyQualifiedName",
            located.logicalId() + finding.policy().map(p -> "/" + p).orElse(""))
        .put("kind", "resource");
    result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(uri, located));
    result
        .putObject("properties")
        .put("resource", located.logicalId())
        .put("pointer", finding.pointer());
    return result;
  }

  /** SHA-256 of the file, rule, resource, policy and pointer: stable while the finding is. */
  static String fingerprint(String uri, LocatedFinding located) {
    Finding finding = located.finding();
    String identity =
        String.join(
            "\u0000",
            uri,
            finding.ruleId(),
            located.logicalId(),
            finding.policy().orElse(""),
            finding.pointer());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}
