package dev.rehearsal.core.lint;

import java.util.List;
import java.util.Objects;

/** An IAM OIDC provider as a template declares it: its name, URL, client IDs and thumbprints. */
public record LintProvider(
    String name, String url, List<String> clientIds, List<String> thumbprints) {
  public LintProvider {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
  }
}
