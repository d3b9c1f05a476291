package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.RepositoryResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.EncryptionConfiguration;
import software.amazon.awssdk.services.ecr.model.ImageTagMutabilityExclusionFilter;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.Tag;

/**
 * {@code AWS::ECR::Repository} through ECR: {@code CreateRepository} (tag mutability, scanning,
 * encryption and tags), then its repository policy and lifecycle policy; an update calls the
 * operation of each property that changed. {@code EmptyOnDelete} deletes a repository that still
 * holds images ({@code DeleteRepository force}); without it such a delete fails, as on AWS.
 */
final class RepositoryDriver implements ResourceDriver {
  private static final String POLICY = "RepositoryPolicyText";
  private static final String LIFECYCLE = "LifecyclePolicy";
  private static final String MUTABILITY = "ImageTagMutability";
  private static final String EXCLUSIONS = "ImageTagMutabilityExclusionFilters";
  private static final String SCANNING = "ImageScanningConfiguration";

  private final EcrClient ecr;

  RepositoryDriver(EcrClient ecr) {
    this.ecr = ecr;
  }

  @Override
  public Applied create(ResolvedResource resource) {
    RepositoryResource typed = (RepositoryResource) resource.typed();
    JsonNode properties = resource.properties();
    Repository created =
        ecr.createRepository(
                b -> {
                  b.repositoryName(typed.name())
                      .imageTagMutability(typed.imageTagMutability())
                      .tags(tags(Values.tags(properties)));
                  if (properties.has(EXCLUSIONS)) {
                    b.imageTagMutabilityExclusionFilters(exclusions(properties));
                  }
                  if (properties.has(SCANNING)) {
                    b.imageScanningConfiguration(s -> s.scanOnPush(typed.scanOnPush()));
                  }
                  if (properties.has("EncryptionConfiguration")) {
                    b.encryptionConfiguration(encryption(properties));
                  }
                })
            .repository();
    try {
      Values.document(properties, POLICY).ifPresent(policy -> setPolicy(typed.name(), policy));
      lifecyclePolicy(properties).ifPresent(text -> putLifecycle(typed.name(), text));
    } catch (RuntimeException e) {
      throw Undo.after(e, () -> deleteRepository(typed.name(), true));
    }
    return Applied.of(
        created.repositoryName(),
        resource.attributes(),
        Map.of(
            "Arn",
            TextNode.valueOf(created.repositoryArn()),
            "RepositoryUri",
            TextNode.valueOf(created.repositoryUri())));
  }

  @Override
  public Applied update(DeployedResource current, ResolvedResource desired) {
    String name = current.physicalId();
    JsonNode before = current.properties();
    JsonNode after = desired.properties();
    if (Values.changed(before, after, MUTABILITY) || Values.changed(before, after, EXCLUSIONS)) {
      String mutability = Values.string(after, MUTABILITY).orElse("MUTABLE");
      ecr.putImageTagMutability(
          b -> {
            b.repositoryName(name).imageTagMutability(mutability);
            if (after.has(EXCLUSIONS)) {
              b.imageTagMutabilityExclusionFilters(exclusions(after));
            }
          });
    }
    if (Values.changed(before, after, SCANNING)) {
      boolean scanOnPush = ((RepositoryResource) desired.typed()).scanOnPush();
      ecr.putImageScanningConfiguration(
          b -> b.repositoryName(name).imageScanningConfiguration(s -> s.scanOnPush(scanOnPush)));
    }
    if (Values.changed(before, after, POLICY)) {
      Values.document(after, POLICY)
          .ifPresentOrElse(
              policy -> setPolicy(name, policy),
              () -> Undo.gone(() -> ecr.deleteRepositoryPolicy(b -> b.repositoryName(name))));
    }
    if (Values.changed(before, after, LIFECYCLE)) {
      lifecyclePolicy(after)
          .ifPresentOrElse(
              text -> putLifecycle(name, text),
              () -> Undo.gone(() -> ecr.deleteLifecyclePolicy(b -> b.repositoryName(name))));
    }
    String arn = current.attributes().get("Arn").asText();
    Values.updateTags(
        before,
        after,
        keys -> ecr.untagResource(b -> b.resourceArn(arn).tagKeys(keys)),
        set -> ecr.tagResource(b -> b.resourceArn(arn).tags(tags(set))));
    return new Applied(name, current.attributes());
  }

  @Override
  public void delete(DeployedResource resource) {
    boolean force = resource.properties().path("EmptyOnDelete").asText().equals("true");
    Undo.gone(() -> deleteRepository(resource.physicalId(), force));
  }

  private void deleteRepository(String name, boolean force) {
    ecr.deleteRepository(b -> b.repositoryName(name).force(force));
  }

  private void setPolicy(String name, String policy) {
    ecr.setRepositoryPolicy(b -> b.repositoryName(name).policyText(policy));
  }

  private void putLifecycle(String name, String text) {
    ecr.putLifecyclePolicy(b -> b.repositoryName(name).lifecyclePolicyText(text));
  }

  /** {@code LifecyclePolicy: {LifecyclePolicyText}}: the text ECR is sent. */
  private static java.util.Optional<String> lifecyclePolicy(JsonNode properties) {
    return Values.document(properties.path(LIFECYCLE), "LifecyclePolicyText");
  }

  private static EncryptionConfiguration encryption(JsonNode properties) {
    JsonNode encryption = properties.path("EncryptionConfiguration");
    return EncryptionConfiguration.builder()
        .encryptionType(encryption.path("EncryptionType").asText("AES256"))
        .kmsKey(Values.string(encryption, "KmsKey").orElse(null))
        .build();
  }

  private static List<ImageTagMutabilityExclusionFilter> exclusions(JsonNode properties) {
    List<ImageTagMutabilityExclusionFilter> filters = new ArrayList<>();
    for (JsonNode filter : properties.path(EXCLUSIONS)) {
      filters.add(
          ImageTagMutabilityExclusionFilter.builder()
              .filterType(filter.path("FilterType").asText())
              .filter(filter.path("Filter").asText())
              .build());
    }
    return filters;
  }

  private static List<Tag> tags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
        .toList();
  }
}
