package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.ecr.EcrShapes.AuthorizationData;
import dev.rehearsal.aws.ecr.EcrShapes.CreateRepositoryRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DeleteRepositoryRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DescribeRepositoriesRequest;
import dev.rehearsal.aws.ecr.EcrShapes.DescribeRepositoriesResponse;
import dev.rehearsal.aws.ecr.EcrShapes.EncryptionConfiguration;
import dev.rehearsal.aws.ecr.EcrShapes.GetAuthorizationTokenResponse;
import dev.rehearsal.aws.ecr.EcrShapes.ImageScanningConfiguration;
import dev.rehearsal.aws.ecr.EcrShapes.ListTagsForResourceResponse;
import dev.rehearsal.aws.ecr.EcrShapes.PutImageTagMutabilityRequest;
import dev.rehearsal.aws.ecr.EcrShapes.PutImageTagMutabilityResponse;
import dev.rehearsal.aws.ecr.EcrShapes.Repository;
import dev.rehearsal.aws.ecr.EcrShapes.RepositoryPolicyResponse;
import dev.rehearsal.aws.ecr.EcrShapes.RepositoryRef;
import dev.rehearsal.aws.ecr.EcrShapes.RepositoryResponse;
import dev.rehearsal.aws.ecr.EcrShapes.SetRepositoryPolicyRequest;
import dev.rehearsal.aws.ecr.EcrShapes.Tag;
import dev.rehearsal.aws.ecr.EcrShapes.TagResourceRequest;
import dev.rehearsal.aws.ecr.EcrShapes.UntagResourceRequest;
import dev.rehearsal.core.ecr.RepositoryName;
import dev.rehearsal.core.ecr.RepositoryPolicies;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ECR's repository operations, typed (botocore {@code ecr/2015-09-21}): create, describe, delete,
 * tag mutability, repository policy, resource tags, and {@code GetAuthorizationToken}. Each is
 * authorised first, against the caller's identity policies and the repository's policy.
 */
public final class RepositoryOperations {
  static final Set<String> MUTABILITIES = Set.of("MUTABLE", "IMMUTABLE");
  static final Set<String> ENCRYPTION_TYPES = Set.of("AES256", "KMS", "KMS_DSSE");

  /** ECR's quota of tags per resource (ECR API Reference, TagResource). */
  static final int MAX_TAGS = 50;

  private final EcrStore store;
  private final EcrAccess access;
  private final RegistryPasswords passwords;
  private final RegistryAddress address;
  private final Clock clock;

  public RepositoryOperations(
      EcrStore store,
      EcrAccess access,
      RegistryPasswords passwords,
      RegistryAddress address,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.passwords = passwords;
    this.address = address;
    this.clock = clock;
  }

  public RepositoryResponse createRepository(Caller caller, CreateRepositoryRequest request) {
    String name =
        RepositoryName.parse(Validation.required(request.repositoryName(), "repositoryName"))
            .value();
    String mutability =
        Validation.oneOf(request.imageTagMutability(), "imageTagMutability", MUTABILITIES);
    EncryptionConfiguration encryption = request.encryptionConfiguration();
    if (encryption != null) {
      Validation.oneOf(
          Validation.required(
              encryption.encryptionType(), "encryptionConfiguration.encryptionType"),
          "encryptionConfiguration.encryptionType",
          ENCRYPTION_TYPES);
    }
    List<Tag> tags = checkTags(request.tags() == null ? List.of() : request.tags());
    access.require(caller, "ecr:CreateRepository", address.repositoryArn(name), Optional.empty());
    RepositoryEntity created =
        store.change(
            name,
            current -> {
              if (current != null) {
                throw new RehearsalException(
                    AwsErrorCode.ECR_REPOSITORY_ALREADY_EXISTS,
                    "The repository with name '"
                        + name
                        + "' already exists in the registry with id '"
                        + address.accountId()
                        + "'");
              }
              return new RepositoryEntity(
                  name,
                  address.repositoryArn(name),
                  address.accountId(),
                  clock.instant(),
                  mutability == null ? "MUTABLE" : mutability,
                  request.imageScanningConfiguration() != null
                      && Boolean.TRUE.equals(request.imageScanningConfiguration().scanOnPush()),
                  encryption == null ? "AES256" : encryption.encryptionType(),
                  encryption == null ? null : encryption.kmsKey(),
                  tags,
                  null,
                  Map.of(),
                  Map.of(),
                  Map.of());
            });
    return new RepositoryResponse(shape(created));
  }

  public DescribeRepositoriesResponse describeRepositories(
      Caller caller, DescribeRepositoriesRequest request) {
    int size = Validation.maxResults(request.maxResults(), 100);
    List<RepositoryEntity> chosen = new ArrayList<>();
    if (request.repositoryNames() != null && !request.repositoryNames().isEmpty()) {
      for (String name : request.repositoryNames()) {
        RepositoryEntity repository = existing(name);
        authorise(caller, "ecr:DescribeRepositories", repository);
        chosen.add(repository);
      }
    } else {
      for (RepositoryEntity repository : store.all()) {
        authorise(caller, "ecr:DescribeRepositories", repository);
        chosen.add(repository);
      }
    }
    Pages.Page<RepositoryEntity> page = Pages.of(chosen, request.nextToken(), size);
    return new DescribeRepositoriesResponse(
        page.items().stream().map(this::shape).toList(), page.nextToken());
  }

  public RepositoryResponse deleteRepository(Caller caller, DeleteRepositoryRequest request) {
    RepositoryEntity repository = existing(request.repositoryName());
    authorise(caller, "ecr:DeleteRepository", repository);
    boolean force = Boolean.TRUE.equals(request.force());
    store.change(
        repository.name(),
        current -> {
          if (current == null) {
            throw notFound(repository.name());
          }
          if (!force && !current.images().isEmpty()) {
            throw new RehearsalException(
                AwsErrorCode.ECR_REPOSITORY_NOT_EMPTY,
                "The repository with name '"
                    + current.name()
                    + "' in registry with id '"
                    + current.registryId()
                    + "' cannot be deleted because it still contains images");
          }
          return null;
        });
    return new RepositoryResponse(shape(repository));
  }

  public PutImageTagMutabilityResponse putImageTagMutability(
      Caller caller, PutImageTagMutabilityRequest request) {
    String mutability =
        Validation.oneOf(
            Validation.required(request.imageTagMutability(), "imageTagMutability"),
            "imageTagMutability",
            MUTABILITIES);
    RepositoryEntity repository = existing(request.repositoryName());
    authorise(caller, "ecr:PutImageTagMutability", repository);
    change(repository.name(), current -> current.withTagMutability(mutability));
    return new PutImageTagMutabilityResponse(
        repository.registryId(), repository.name(), mutability);
  }

  public RepositoryPolicyResponse setRepositoryPolicy(
      Caller caller, SetRepositoryPolicyRequest request) {
    String text = Validation.required(request.policyText(), "policyText");
    RepositoryEntity repository = existing(request.repositoryName());
    authorise(caller, "ecr:SetRepositoryPolicy", repository);
    RepositoryPolicies.parse(text);
    change(repository.name(), current -> current.withPolicy(text));
    return new RepositoryPolicyResponse(repository.registryId(), repository.name(), text);
  }

  public RepositoryPolicyResponse getRepositoryPolicy(Caller caller, RepositoryRef request) {
    RepositoryEntity repository = existing(request.repositoryName());
    authorise(caller, "ecr:GetRepositoryPolicy", repository);
    String text = repository.policy().orElseThrow(() -> policyNotFound(repository));
    return new RepositoryPolicyResponse(repository.registryId(), repository.name(), text);
  }

  public RepositoryPolicyResponse deleteRepositoryPolicy(Caller caller, RepositoryRef request) {
    RepositoryEntity repository = existing(request.repositoryName());
    authorise(caller, "ecr:DeleteRepositoryPolicy", repository);
    String text = repository.policy().orElseThrow(() -> policyNotFound(repository));
    change(repository.name(), current -> current.withPolicy(null));
    return new RepositoryPolicyResponse(repository.registryId(), repository.name(), text);
  }

  public EcrShapes.Empty tagResource(Caller caller, TagResourceRequest request) {
    RepositoryEntity repository = byArn(request.resourceArn());
    List<Tag> added = checkTags(Validation.required(request.tags(), "tags"));
    authorise(caller, "ecr:TagResource", repository);
    change(
        repository.name(),
        current -> {
          Map<String, String> merged = new LinkedHashMap<>();
          current.tags().forEach(t -> merged.put(t.key(), t.value()));
          added.forEach(t -> merged.put(t.key(), t.value()));
          if (merged.size() > MAX_TAGS) {
            throw tooManyTags();
          }
          return current.withTags(
              merged.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
        });
    return new EcrShapes.Empty();
  }

  public EcrShapes.Empty untagResource(Caller caller, UntagResourceRequest request) {
    RepositoryEntity repository = byArn(request.resourceArn());
    List<String> keys = Validation.required(request.tagKeys(), "tagKeys");
    authorise(caller, "ecr:UntagResource", repository);
    change(
        repository.name(),
        current ->
            current.withTags(
                current.tags().stream().filter(t -> !keys.contains(t.key())).toList()));
    return new EcrShapes.Empty();
  }

  public ListTagsForResourceResponse listTagsForResource(
      Caller caller, EcrShapes.ResourceRef request) {
    RepositoryEntity repository = byArn(request.resourceArn());
    authorise(caller, "ecr:ListTagsForResource", repository);
    return new ListTagsForResourceResponse(repository.tags());
  }

  /**
   * A password for the registry, for the caller, and where to use it. It needs {@code
   * ecr:GetAuthorizationToken} on {@code *} from an identity policy (ECR User Guide, "Private
   * registry authentication").
   */
  public GetAuthorizationTokenResponse getAuthorizationToken(Caller caller) {
    access.require(caller, "ecr:GetAuthorizationToken", "*", Optional.empty());
    RegistryPasswords.Issued issued = passwords.issue(caller, clock.instant());
    String token =
        Base64.getEncoder()
            .encodeToString(("AWS:" + issued.password()).getBytes(StandardCharsets.UTF_8));
    return new GetAuthorizationTokenResponse(
        List.of(new AuthorizationData(token, issued.expiresAt(), address.proxyEndpoint())));
  }

  Repository shape(RepositoryEntity entity) {
    return new Repository(
        entity.arn(),
        entity.registryId(),
        entity.name(),
        address.repositoryUri(entity.name()),
        entity.createdAt(),
        entity.imageTagMutability(),
        new ImageScanningConfiguration(entity.scanOnPush()),
        new EncryptionConfiguration(entity.encryptionType(), entity.kmsKey()));
  }

  RepositoryEntity existing(String name) {
    Validation.required(name, "repositoryName");
    return store.find(name).orElseThrow(() -> notFound(name));
  }

  void authorise(Caller caller, String action, RepositoryEntity repository) {
    access.require(caller, action, repository.arn(), repository.policy());
  }

  private void change(String name, java.util.function.UnaryOperator<RepositoryEntity> change) {
    store.change(
        name,
        current -> {
          if (current == null) {
            throw notFound(name);
          }
          return change.apply(current);
        });
  }

  private RepositoryEntity byArn(String arn) {
    Validation.required(arn, "resourceArn");
    String prefix = address.repositoryArn("");
    if (!arn.startsWith(prefix)) {
      throw new RehearsalException(
          AwsErrorCode.ECR_INVALID_PARAMETER,
          "Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN'");
    }
    return existing(arn.substring(prefix.length()));
  }

  private static List<Tag> checkTags(List<Tag> tags) {
    if (tags.size() > MAX_TAGS) {
      throw tooManyTags();
    }
    for (Tag tag : tags) {
      if (tag.key() == null
          || tag.key().isEmpty()
          || tag.key().length() > 128
          || tag.key().startsWith("aws:")
          || (tag.value() != null && tag.value().length() > 256)) {
        throw new RehearsalException(
            AwsErrorCode.ECR_INVALID_TAG_PARAMETER,
            "The tag key '"
                + tag.key()
                + "' is not valid: keys are 1-128 characters and may not start with 'aws:';"
                + " values at most 256 characters");
      }
    }
    return List.copyOf(tags);
  }

  private static RehearsalException tooManyTags() {
    return new RehearsalException(
        AwsErrorCode.ECR_TOO_MANY_TAGS, "A resource can have at most " + MAX_TAGS + " tags");
  }

  private RehearsalException notFound(String name) {
    return EcrErrors.repositoryNotFound(name, address.accountId());
  }

  private static RehearsalException policyNotFound(RepositoryEntity repository) {
    return new RehearsalException(
        AwsErrorCode.ECR_REPOSITORY_POLICY_NOT_FOUND,
        "Repository policy does not exist for the repository with name '"
            + repository.name()
            + "' in the registry with id '"
            + repository.registryId()
            + "'");
  }
}
