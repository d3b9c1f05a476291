package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How the token's {@code sub} was built, part by part (docs.github.com, "OpenID Connect reference",
 * "Example subject claims" and "Customizing the subject claims"): {@code repo:OWNER/REPO:} then the
 * job's context — {@code environment:NAME} when the job names an environment, else {@code
 * pull_request} for a pull request, else {@code ref:REF} — unless the repository (or its
 * organisation) set a template of claim keys.
 */
final class SubjectView {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubjectView() {}

  /**
   * {@code claims} the token's; {@code repository} and {@code organisation} the templates the
   * oidc-emulator holds ({@code {"use_default":…,"include_claim_keys":[…]}}, empty when unknown).
   */
  static ObjectNode explain(JsonNode claims, JsonNode repository, JsonNode organisation) {
    List<String> keys = templateKeys(repository, organisation);
    ObjectNode out = JSON.createObjectNode();
    ArrayNode parts = out.putArray("parts");
    part(parts, "repo:" + claims.path("repository").asText(), "repository");
    if (keys.isEmpty()) {
      Context context = context(claims);
      out.put("form", context.form());
      out.put("rule", "GitHub's default: repo:OWNER/REPO:" + context.rule());
      part(parts, context.text(), context.from());
      return out;
    }
    out.put("form", "custom");
    out.put(
        "rule",
        "a customised template ("
            + String.join(", ", keys)
            + "): each key as key:value, joined by ':'; repo and context as in the default form");
    keys.forEach(out.putArray("template")::add);
    parts.removeAll();
    for (String key : keys) {
      switch (key) {
        case "repo" -> part(parts, "repo:" + claims.path("repository").asText(), "repository");
        case "context" -> part(parts, context(claims).text(), context(claims).from());
        default -> part(parts, key + ":" + escape(claims.path(key).asText()), key);
      }
    }
    return out;
  }

  private record Context(String form, String text, String from, String rule) {}

  /** The default form's last part, by GitHub's precedence: environment, pull request, ref. */
  private static Context context(JsonNode claims) {
    String environment = claims.path("environment").asText("");
    if (!environment.isEmpty()) {
      return new Context(
          "environment",
          "environment:" + escape(environment),
          "environment",
          "environment:NAME (the job names an environment: it wins over the event and the ref)");
    }
    if (claims.path("event_name").asText().equals("pull_request")) {
      return new Context(
          "pull_request",
          "pull_request",
          "event_name",
          "pull_request (a pull_request event and no environment: the ref is not in sub)");
    }
    return new Context(
        "ref",
        "ref:" + escape(claims.path("ref").asText()),
        "ref",
        "ref:REF (no environment, not a pull request)");
  }

  /** "Any {@code :} within the metadata values will be replaced with {@code %3A}." */
  private static String escape(String value) {
    return value.replace(":", "%3A");
  }

  private static void part(ArrayNode parts, String text, String from) {
    parts.addObject().put("text", text).put("from", from);
  }

  /** The repository's template, else its organisation's; empty for GitHub's default. */
  private static List<String> templateKeys(JsonNode repository, JsonNode organisation) {
    if (repository.path("use_default").asBoolean(true)
        && repository.path("include_claim_keys").isEmpty()) {
      return List.of();
    }
    List<String> keys = strings(repository.path("include_claim_keys"));
    return keys.isEmpty() ? strings(organisation.path("include_claim_keys")) : keys;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }
}
