package dev.rehearsal.aws.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;
import software.amazon.awssdk.services.ecr.model.RepositoryAlreadyExistsException;

/** What ECR and registry tests share: repositories, passwords, digests, a pull-only policy. */
public final class EcrFixtures {
  /** May log in and pull, not push: the identity policy of a role that must be refused a push. */
  public static final String PULL_ONLY =
      """
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"},
        {"Effect":"Allow","Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer",
          "ecr:BatchCheckLayerAvailability"],"Resource":"*"}]}""";

  private EcrFixtures() {}

  /** Creates repository {@code name} as the root, unless an earlier test of this run did. */
  public static void repository(String name) {
    repository(name, ImageTagMutability.MUTABLE);
  }

  public static void repository(String name, ImageTagMutability mutability) {
    try (EcrClient ecr = Clients.ecr(Clients.ROOT)) {
      ecr.createRepository(r -> r.repositoryName(name).imageTagMutability(mutability));
    } catch (RepositoryAlreadyExistsException e) {
      // made by an earlier test of this run
    }
  }

  /** The registry password {@code GetAuthorizationToken} gives {@code credentials}' identity. */
  public static String password(AwsCredentials credentials) {
    try (EcrClient ecr = Clients.ecr(credentials)) {
      String token = ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken();
      return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).substring(4);
    }
  }

  /** {@code sha256:<hex>} of {@code bytes}, the OCI digest form. */
  public static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
