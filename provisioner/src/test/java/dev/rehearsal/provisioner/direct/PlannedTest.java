package dev.rehearsal.provisioner.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.plan.StackPlanner;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.ResourceChange.Action;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.Templates;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Core's plan as the direct way shows it: in a change set's words. */
class PlannedTest {
  private static final StackSettings SETTINGS =
      StackSettings.of("github-oidc", "us-east-1", "000000000000", Map.of("GitHubOrg", "acme"));

  private static Map<String, DeployedResource> applied(String template) {
    Map<String, DeployedResource> deployed = new LinkedHashMap<>();
    for (ResolvedResource r : Template.parse(template).resolve(SETTINGS).resources()) {
      deployed.put(r.logicalId(), DeployedResource.of(r, r.physicalId(), r.attributes()));
    }
    return deployed;
  }

  private static StackPreview preview(String applied, String template) {
    Planned planned =
        new Planned(
            SETTINGS.withSeed(2),
            StackPlanner.plan(Template.parse(template), SETTINGS.withSeed(2), applied(applied)));
    return planned.preview(true);
  }

  @Test
  void preview_ofTheAppliedTemplate_changesNothingAndListsEveryResource() {
    StackPreview preview = preview(Templates.seed(), Templates.seed());

    assertThat(preview.hasChanges()).isFalse();
    assertThat(preview.resources()).extracting(ResourceChange::action).containsOnly(Action.NONE);
    assertThat(preview.resources()).hasSize(3);
  }

  @Test
  void preview_ofAReplacement_isOneModifyWithReplacementTrue_andTheOldHalfsDeleteIsNotListed() {
    StackPreview preview = preview(Templates.seed(), Templates.renamedRole(Templates.seed()));

    assertThat(preview.changes())
        .extracting(ResourceChange::logicalId, ResourceChange::action, ResourceChange::replacement)
        .containsExactly(
            tuple("Role", Action.MODIFY, "True"), tuple("Policy", Action.MODIFY, "False"));
    assertThat(preview.changes().get(0).details())
        .extracting(d -> d.property(), d -> d.requiresRecreation())
        .containsExactlyInAnyOrder(tuple("Path", "Always"), tuple("RoleName", "Always"));
  }

  @Test
  void preview_ofARemovedResource_isARemoveWithItsPhysicalId() {
    StackPreview preview = preview(Templates.seedWithRepository(), Templates.seed());

    assertThat(preview.changes())
        .singleElement()
        .satisfies(
            repository -> {
              assertThat(repository.action()).isEqualTo(Action.REMOVE);
              assertThat(repository.physicalId()).contains(Templates.REPOSITORY);
            });
  }
}
