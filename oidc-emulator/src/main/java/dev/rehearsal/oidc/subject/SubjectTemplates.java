package dev.rehearsal.oidc.subject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.SubjectTemplate;
import dev.rehearsal.core.github.SubjectTemplateSettings;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.oidc.http.Json;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.state.StateConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subject templates set through GitHub's customization endpoints, per repository and per
 * organization, kept in {@code subject-templates.json}. Names are matched case-insensitively, as
 * GitHub's owner and repository names are. Which template applies is core's decision ({@link
 * SubjectTemplateSettings#effective()}).
 */
@ApplicationScoped
@Startup
public class SubjectTemplates {

  @Inject StateConfig config;

  private final Map<String, SubjectTemplate> repositories = new ConcurrentHashMap<>();
  private final Map<String, List<String>> organizations = new ConcurrentHashMap<>();

  @PostConstruct
  void load() {
    Optional<String> text = config.dataDirectory().read(DataDirectory.SUBJECT_TEMPLATES);
    if (text.isEmpty()) {
      return;
    }
    try {
      JsonNode root = Json.MAPPER.readTree(text.get());
      root.path("repositories")
          .fields()
          .forEachRemaining(
              entry ->
                  repositories.put(
                      entry.getKey(),
                      new SubjectTemplate(
                          entry.getValue().path("use_default").asBoolean(),
                          keys(entry.getValue()))));
      root.path("organizations")
          .fields()
          .forEachRemaining(entry -> organizations.put(entry.getKey(), keys(entry.getValue())));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Unreadable " + config.dataDirectory().file(DataDirectory.SUBJECT_TEMPLATES), e);
    }
  }

  /** The settings that decide the {@code sub} of a run's tokens. */
  public SubjectTemplateSettings settingsFor(WorkflowRun run) {
    return new SubjectTemplateSettings(
        Optional.ofNullable(repositories.get(normalise(run.repository()))),
        Optional.ofNullable(organizations.get(normalise(run.repositoryOwner()))));
  }

  public Optional<SubjectTemplate> repository(String fullName) {
    return Optional.ofNullable(repositories.get(normalise(fullName)));
  }

  public Optional<List<String>> organization(String org) {
    return Optional.ofNullable(organizations.get(normalise(org)));
  }

  public synchronized void setRepository(String fullName, SubjectTemplate template) {
    repositories.put(normalise(fullName), template);
    save();
  }

  public synchronized void setOrganization(String org, List<String> keys) {
    organizations.put(normalise(org), List.copyOf(keys));
    save();
  }

  private void save() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ObjectNode repos = root.putObject("repositories");
    repositories.forEach(
        (name, template) -> {
          ObjectNode node = repos.putObject(name);
          node.put("use_default", template.useDefault());
          template.includeClaimKeys().forEach(node.putArray("include_claim_keys")::add);
        });
    ObjectNode orgs = root.putObject("organizations");
    organizations.forEach(
        (name, keys) -> keys.forEach(orgs.putObject(name).putArray("include_claim_keys")::add));
    config.dataDirectory().writeSecret(DataDirectory.SUBJECT_TEMPLATES, root.toPrettyString());
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.path("include_claim_keys").forEach(key -> keys.add(key.asText()));
    return keys;
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
