package dev.rehearsal.provisioner;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.Role;

/** What the services say exists, asked through the SDK as any AWS user would ask. */
public final class Inspect {
  private final IamClient iam;
  private final EcrClient ecr;

  public Inspect(IamClient iam, EcrClient ecr) {
    this.iam = iam;
    this.ecr = ecr;
  }

  public Optional<Role> role(String name) {
    try {
      return Optional.of(iam.getRole(b -> b.roleName(name)).role());
    } catch (NoSuchEntityException e) {
      return Optional.empty();
    }
  }

  /** The role's trust policy as JSON text (IAM answers it URL-encoded). */
  public String trustPolicy(String role) {
    String encoded = role(role).orElseThrow().assumeRolePolicyDocument();
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  public List<String> rolePolicies(String role) {
    return iam.listRolePolicies(b -> b.roleName(role)).policyNames();
  }

  /** An inline policy of a role as JSON text (IAM answers it URL-encoded). */
  public String rolePolicy(String role, String policy) {
    String encoded = iam.getRolePolicy(b -> b.roleName(role).policyName(policy)).policyDocument();
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  /** An OIDC provider as IAM describes it: its URL, client ids and thumbprints. */
  public String oidcProvider(String arn) {
    var provider = iam.getOpenIDConnectProvider(b -> b.openIDConnectProviderArn(arn));
    return provider.url() + " " + provider.clientIDList() + " " + provider.thumbprintList();
  }

  public List<String> oidcProviders() {
    return iam.listOpenIDConnectProviders().openIDConnectProviderList().stream()
        .map(OpenIDConnectProviderListEntry::arn)
        .toList();
  }

  public Optional<Repository> repository(String name) {
    try {
      return ecr.describeRepositories(b -> b.repositoryNames(name)).repositories().stream()
          .findFirst();
    } catch (RepositoryNotFoundException e) {
      return Optional.empty();
    }
  }
}
