package dev.rehearsal.provisioner.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.provisioner.PropertyDelta;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.StackPreview;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/** A change set's description (CloudFormation API Reference, DescribeChangeSet) as a preview. */
class ChangeSetPreviewTest {
  @Test
  void of_aModifyWithPropertyValues_givesEachPropertyOnceWithItsValues() {
    Change change =
        Change.builder()
            .type("Resource")
            .resourceChange(
                r ->
                    r.action("Modify")
                        .logicalResourceId("Role")
                        .resourceType("AWS::IAM::Role")
                        .physicalResourceId("GithubOIDCIAMRole")
                        .replacement("False")
                        .beforeContext(
                            "{\"Properties\":{\"AssumeRolePolicyDocument\":{\"Statement\":[]}}}")
                        .afterContext(
                            "{\"Properties\":{\"AssumeRolePolicyDocument\":{\"Statement\":[{}]}}}")
                        .details(
                            detail("Static", "DirectModification"),
                            detail("Dynamic", "ParameterReference")))
            .build();

    StackPreview preview = ChangeSetPreview.of("github-oidc", true, List.of(change));

    assertThat(preview.changes())
        .singleElement()
        .satisfies(
            role -> {
              assertThat(role.action()).isEqualTo(ResourceChange.Action.MODIFY);
              assertThat(role.physicalId()).contains("GithubOIDCIAMRole");
              assertThat(role.reason()).isEqualTo("AssumeRolePolicyDocument changed");
              assertThat(role.details())
                  .singleElement()
                  .satisfies(
                      trust -> {
                        assertThat(trust.evaluation()).isEqualTo("Static");
                        assertThat(trust.before().toString()).isEqualTo("{\"Statement\":[]}");
                        assertThat(trust.after().toString()).isEqualTo("{\"Statement\":[{}]}");
                      });
            });
  }

  @Test
  void of_anAddWithoutDetails_asMotoAnswers_isAnAddWithoutPhysicalId() {
    Change change =
        Change.builder()
            .type("Resource")
            .resourceChange(
                r ->
                    r.action("Add")
                        .logicalResourceId("GithubOidc")
                        .resourceType("AWS::IAM::OIDCProvider"))
            .build();

    StackPreview preview = ChangeSetPreview.of("github-oidc", false, List.of(change));

    assertThat(preview.changes())
        .singleElement()
        .satisfies(
            provider -> {
              assertThat(provider.action()).isEqualTo(ResourceChange.Action.ADD);
              assertThat(provider.physicalId()).isEmpty();
              assertThat(provider.replacement()).isEmpty();
              assertThat(provider.details()).extracting(PropertyDelta::property).isEmpty();
            });
  }

  private static ResourceChangeDetail detail(String evaluation, String source) {
    return ResourceChangeDetail.builder()
        .evaluation(evaluation)
        .changeSource(source)
        .target(
            t ->
                t.attribute("Properties")
                    .name("AssumeRolePolicyDocument")
                    .requiresRecreation("Never"))
        .build();
  }
}
