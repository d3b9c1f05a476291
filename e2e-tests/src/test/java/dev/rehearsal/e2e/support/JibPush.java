package dev.rehearsal.e2e.support;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;

/**
 * A push without a Docker engine: Jib core (Google's daemonless image builder) builds a {@code FROM
 * scratch} image of one file and pushes it with the registry password a role's session credentials
 * get from {@code ecr:GetAuthorizationToken}, as {@code docker login} would have used it.
 */
public final class JibPush {
  private JibPush() {}

  /** Pushes {@code image} (a file holding {@code content}) as the session; its manifest digest. */
  public static String push(
      String awsUrl, AwsSessionCredentials session, String image, String content, Path folder)
      throws Exception {
    // Jib sends credentials over plain HTTP only when told to (its documented system property):
    // ECR's registry here is a loopback one, without TLS.
    System.setProperty("sendCredentialsOverHttp", "true");
    Path file = Files.writeString(Files.createDirectories(folder).resolve("hello.txt"), content);
    return Jib.fromScratch()
        .addLayer(List.of(file), AbsoluteUnixPath.get("/"))
        .containerize(
            Containerizer.to(
                    RegistryImage.named(image).addCredential("AWS", password(awsUrl, session)))
                .setAllowInsecureRegistries(true)
                .setBaseImageLayersCache(folder.resolve("jib-cache"))
                .setApplicationLayersCache(folder.resolve("jib-cache")))
        .getDigest()
        .toString();
  }

  /** The password of {@code AWS}: the second half of the decoded authorization token. */
  private static String password(String awsUrl, AwsSessionCredentials session) {
    try (EcrClient ecr =
        EcrClient.builder()
            .endpointOverride(URI.create(awsUrl))
            .region(Region.of(Emulators.REGION))
            .credentialsProvider(StaticCredentialsProvider.create(session))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      String token = ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken();
      String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      return decoded.substring(decoded.indexOf(':') + 1);
    }
  }
}
