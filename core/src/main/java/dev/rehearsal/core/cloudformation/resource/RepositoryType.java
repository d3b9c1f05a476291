package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.policy.PolicyKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code AWS::ECR::Repository} (User Guide, resource reference): {@code Ref} returns the repository
 * name; {@code Fn::GetAtt} gives {@code Arn} ({@code
 * arn:aws:ecr:us-east-1:123456789012:repository/name}) and {@code RepositoryUri} ({@code
 * 123456789012.dkr.ecr.us-east-1.amazonaws.com/name}). Names follow ECR's pattern (ECR API
 * Reference, {@code CreateRepository} "repositoryName", 2 to 256 characters, lower case).
 */
final class RepositoryType implements ResourceType {
  private static final Set<String> PROPERTIES =
      Set.of(
          "RepositoryName",
          "ImageTagMutability",
          "ImageTagMutabilityExclusionFilters",
          "ImageScanningConfiguration",
          "RepositoryPolicyText",
          "LifecyclePolicy",
          "EncryptionConfiguration",
          "EmptyOnDelete",
          "Tags");
  private static final Set<String> MUTABILITY =
      Set.of("MUTABLE", "IMMUTABLE", "MUTABLE_WITH_EXCLUSION", "IMMUTABLE_WITH_EXCLUSION");
  private static final String NAME_PATTERN =
      "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*";
  private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
  private static final int NAME_LIMIT = 256;

  @Override
  public String name() {
    return "AWS::ECR::Repository";
  }

  @Override
  public Set<String> attributes() {
    return Set.of("Arn", "RepositoryUri");
  }

  @Override
  public Set<String> replacementProperties() {
    return Set.of("RepositoryName", "EncryptionConfiguration");
  }

  @Override
  public Optional<String> nameProperty() {
    return Optional.of("RepositoryName");
  }

  @Override
  public ResourceValues resolve(Properties properties, StackEnvironment stack) {
    properties.requireKnown(PROPERTIES);
    String name =
        properties
            .string("RepositoryName")
            .orElseGet(
                () -> PhysicalNames.generateLowerCase(stack, properties.logicalId(), NAME_LIMIT));
    if (!properties.unknown(name)
        && (name.length() < 2 || name.length() > NAME_LIMIT || !NAME.matcher(name).matches())) {
      throw properties.invalid(
          "#/RepositoryName: string [" + name + "] does not match pattern " + NAME_PATTERN,
          "RepositoryName");
    }
    String mutability = properties.string("ImageTagMutability").orElse("MUTABLE");
    if (!MUTABILITY.contains(mutability)) {
      throw properties.invalid(
          "#/ImageTagMutability: " + mutability + " is not a valid enum value",
          "ImageTagMutability");
    }
    String arn =
        "arn:"
            + stack.partition()
            + ":ecr:"
            + stack.region()
            + ":"
            + stack.accountId()
            + ":repository/"
            + name;
    String uri =
        stack.accountId() + ".dkr.ecr." + stack.region() + "." + stack.urlSuffix() + "/" + name;
    boolean scanOnPush =
        properties
            .object("ImageScanningConfiguration")
            .map(scanning -> scanning.path("ScanOnPush").asText().equals("true"))
            .orElse(false);
    RepositoryResource typed =
        new RepositoryResource(
            properties.logicalId(),
            name,
            arn,
            uri,
            mutability,
            scanOnPush,
            properties.has("RepositoryPolicyText")
                ? java.util.Optional.of(
                    properties.policy("RepositoryPolicyText", PolicyKind.RESOURCE))
                : java.util.Optional.empty(),
            properties.tags());
    return new ResourceValues(
        name, Map.of("Arn", TextNode.valueOf(arn), "RepositoryUri", TextNode.valueOf(uri)), typed);
  }
}
