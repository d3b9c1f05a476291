package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryPolicyNotFoundException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * The world at a glance, as any AWS client sees it: the aws-emulator asked through its IAM, ECR and
 * CloudFormation APIs with the account's root credentials, as {@code rehearse provision} asks. Each
 * section is asked on its own, so one that fails says why and the others still show.
 */
final class WorldView {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clients aws;
  private final IamReads iam;
  private final Executor executor;

  /** {@code executor} asks the sections at once: each is a few calls, one after the other. */
  WorldView(Clients aws, Executor executor) {
    this.aws = aws;
    this.iam = new IamReads(aws);
    this.executor = executor;
  }

  ObjectNode read() {
    ObjectNode world = JSON.createObjectNode();
    world.put("region", aws.region());
    ObjectNode errors = JSON.createObjectNode();
    List<CompletableFuture<Void>> sections =
        List.of(
            section(world, errors, "providers", this::providers),
            section(world, errors, "roles", this::roles),
            section(world, errors, "repositories", this::repositories),
            section(world, errors, "stacks", this::stacks));
    sections.forEach(CompletableFuture::join);
    if (!errors.isEmpty()) {
      world.set("errors", errors);
    }
    return world;
  }

  private CompletableFuture<Void> section(
      ObjectNode world, ObjectNode errors, String name, Consumer<ArrayNode> fill) {
    ArrayNode items = world.putArray(name);
    return CompletableFuture.runAsync(
        () -> {
          ArrayNode read = JSON.createArrayNode();
          try {
            fill.accept(read);
            synchronized (world) {
              items.addAll(read);
            }
          } catch (RuntimeException e) {
            synchronized (world) {
              errors.put(name, String.valueOf(e.getMessage()));
            }
          }
        },
        executor);
  }

  private void providers(ArrayNode out) {
    for (IamReads.Provider read : iam.providers()) {
      ObjectNode item = out.addObject();
      item.put("arn", read.provider().arn());
      item.put("url", read.provider().url());
      read.provider().clientIds().forEach(item.putArray("clientIds")::add);
      read.provider().thumbprints().forEach(item.putArray("thumbprints")::add);
      ObjectNode tags = item.putObject("tags");
      read.described().tags().forEach((Tag tag) -> tags.put(tag.key(), tag.value()));
    }
  }

  private void roles(ArrayNode out) {
    for (Role role : aws.iam().listRolesPaginator().roles()) {
      ObjectNode item = out.addObject();
      item.put("name", role.roleName());
      item.put("arn", role.arn());
      item.put("maxSessionDuration", role.maxSessionDuration());
      item.set("trustPolicy", IamReads.document(role.assumeRolePolicyDocument()));
      ArrayNode policies = item.putArray("policies");
      for (IamReads.Policy policy : iam.policies(role.roleName())) {
        ObjectNode shown =
            policies.addObject().put("name", policy.name()).put("kind", policy.kind());
        if (policy.arn() != null) {
          shown.put("arn", policy.arn());
        }
        shown.set("document", policy.document());
      }
    }
  }

  private void repositories(ArrayNode out) {
    for (Repository repository : aws.ecr().describeRepositories().repositories()) {
      ObjectNode item = out.addObject();
      item.put("name", repository.repositoryName());
      item.put("arn", repository.repositoryArn());
      item.put("uri", repository.repositoryUri());
      item.put("tagMutability", repository.imageTagMutabilityAsString());
      ArrayNode images = item.putArray("images");
      for (ImageDetail image :
          aws.ecr()
              .describeImages(r -> r.repositoryName(repository.repositoryName()))
              .imageDetails()) {
        ObjectNode shown = images.addObject();
        shown.put("digest", image.imageDigest());
        image.imageTags().forEach(shown.putArray("tags")::add);
        if (image.imageSizeInBytes() != null) {
          shown.put("size", image.imageSizeInBytes());
        }
        if (image.imagePushedAt() != null) {
          shown.put("pushedAt", image.imagePushedAt().toString());
        }
      }
      try {
        String policy =
            aws.ecr()
                .getRepositoryPolicy(r -> r.repositoryName(repository.repositoryName()))
                .policyText();
        item.set("policy", IamReads.document(policy));
      } catch (RepositoryPolicyNotFoundException e) {
        // most repositories have none: the identity policies alone decide
      }
    }
  }

  private void stacks(ArrayNode out) {
    for (var stack : aws.cloudFormation().describeStacks().stacks()) {
      ObjectNode item = out.addObject();
      item.put("name", stack.stackName());
      item.put("status", stack.stackStatusAsString());
      ArrayNode resources = item.putArray("resources");
      aws.cloudFormation()
          .describeStackResources(r -> r.stackName(stack.stackName()))
          .stackResources()
          .forEach(
              resource ->
                  resources
                      .addObject()
                      .put("logicalId", resource.logicalResourceId())
                      .put("type", resource.resourceType())
                      .put("physicalId", resource.physicalResourceId())
                      .put("status", resource.resourceStatusAsString()));
    }
  }
}
