package dev.rehearsal.core.lint;

/**
 * The lint rules, with stable ids. Why each exists, how to fix it and where it comes from are in
 * {@code docs/lint-rules.md}; the short title here is what a SARIF viewer shows.
 */
public enum LintRule {
  GHOIDC001(
      Severity.ERROR,
      "GitHub trust without a scoped sub condition",
      "IAM guardrail (facts.md); IAM Access Analyzer: Missing github repo condition key"),
  GHOIDC002(
      Severity.ERROR,
      "sub pattern open to any organisation",
      "Datadog Security Labs 2023-07; Tinder Security Labs 2023"),
  GHOIDC003(
      Severity.WARNING,
      "organisation-wide sub wildcard: every repository, branch, pull request and environment",
      "IAM Access Analyzer: Specific github repo and branch recommended"),
  GHOIDC004(
      Severity.WARNING,
      "GitHub trust without an aud condition",
      "IAM Access Analyzer: Confirm audience claim type"),
  GHOIDC005(
      Severity.WARNING,
      "aud condition admits an audience other than sts.amazonaws.com",
      "IAM Access Analyzer: Confirm audience claim type; configure-aws-credentials' default"),
  GHOIDC006(
      Severity.WARNING,
      "wildcard characters under StringEquals are literal",
      "IAM User Guide, String condition operators"),
  GHOIDC007(
      Severity.ERROR,
      "ForAllValues under Allow is true when the key is absent",
      "IAM User Guide, Set operators for multivalued context keys"),
  GHOIDC008(
      Severity.ERROR,
      "pull requests may assume a role that can push to ECR",
      "Palo Alto Unit 42 (DEF CON 32); GitHub docs, OIDC subject claims"),
  GHOIDC009(
      Severity.NOTE,
      "thumbprint list on GitHub's provider is ignored",
      "AWS notice of 2023-07-06 (configure-aws-credentials#763)"),
  GHOIDC010(
      Severity.WARNING,
      "every ECR action allowed (ecr:* or wider)",
      "IAM best practices: grant least privilege"),
  GHOIDC011(
      Severity.WARNING,
      "push allowed to every repository of a registry",
      "IAM best practices: grant least privilege; the seed stack's AllowPushImagesToECR"),
  GHOIDC012(
      Severity.WARNING,
      "sub value does not name an organisation and a repository",
      "Checkov CKV_AWS_358 (every value checked, not only the first)"),
  GHOIDC013(
      Severity.NOTE,
      "sub value is not one specific repository and branch",
      "IAM Access Analyzer: Specific github repo and branch recommended");

  private final Severity severity;
  private final String title;
  private final String source;

  LintRule(Severity severity, String title, String source) {
    this.severity = severity;
    this.title = title;
    this.source = source;
  }

  public String id() {
    return name();
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }

  public String source() {
    return source;
  }
}
